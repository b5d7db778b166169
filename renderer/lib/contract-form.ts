/**
 * The pure half of the contract-driven forms (renderer/lib/use-contract-form.ts): form errors from
 * the contract's own zod schema with the shared error map, limits read from that schema, and the
 * core's field issues placed back on the form. No React here, so it is unit tested directly.
 */
import { z } from 'zod';
import type { AppError, FieldIssue } from '../../shared/result.js';
import { validationErrorMap, issuesOfZodError, type ValidationLang } from '../../shared/validation/messages.js';

/** Contract path (`indikator.0.target.nilai`) → form path (`indikator.0.nilai`); identity by default. */
export type PathMap = (contractPath: string) => string;

const identity: PathMap = (p) => p;

/**
 * `{ formPath: message }` for every problem the schema finds in `args` and every `extra` issue
 * (domain rules), one message per field: an `extra` one first, as it is the more specific
 * ("Digit ke-15 NIP harus 1 atau 2" rather than a bare length).
 *
 * @example
 * formErrorsOf(argSchemas['pegawai/save'], { ...args, nama: '' }, 'id');
 * // { nama: 'Wajib diisi' }
 */
export function formErrorsOf(schema: z.ZodType, args: unknown, lang: ValidationLang, fieldOf: PathMap = identity, extra: readonly FieldIssue[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const r = schema.safeParse(args, { error: validationErrorMap(lang) });
  const issues = r.success ? [] : issuesOfZodError(r.error);
  for (const i of [...extra, ...issues]) {
    const field = fieldOf(i.path);
    if (!(field in out)) out[field] = i.message;
  }
  return out;
}

/** Unwraps optional / nullable / default layers to the schema underneath. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/**
 * The `.max()` of a string schema (through optional / nullable), or undefined when it has none:
 * forms take their limits from the contract, never from a number of their own.
 *
 * @example
 * maxLengthOf(argSchemas['pegawai/save'].shape.nama); // 120
 */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  const s = unwrap(schema);
  return s instanceof z.ZodString && s.maxLength !== null ? s.maxLength : undefined;
}

/**
 * The `.min()` of a string schema (through optional / nullable), or undefined.
 *
 * @example
 * minLengthOf(argSchemas['auth/changePassword'].shape.newPassword); // 8 (PASSWORD_MIN_LENGTH)
 */
export function minLengthOf(schema: z.ZodType): number | undefined {
  const s = unwrap(schema);
  return s instanceof z.ZodString && s.minLength !== null ? s.minLength : undefined;
}

/** True when `path` (dotted) names something present in `values` (a field the form holds). */
export function hasPath(values: unknown, path: string): boolean {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in cur)) return false;
    cur = (cur as Record<string, unknown>)[part];
  }
  return true;
}

export type PlacedError = {
  /** `{ formPath: message }` for the issues that have a field on the form. */
  fields: Record<string, string>;
  /** What is left for an alert under the form (null when every issue sits beside its field). */
  rest: AppError | null;
};

/**
 * Splits a refusal from the core into messages beside their fields and the rest. `whole` names
 * the field of an error that concerns one field but carries no issues (e.g. a duplicate NIP).
 *
 * @example
 * placeServerError({ code: 'VALIDATION', message: '…', issues: [{ path: 'nama', message: 'Wajib diisi' }] }, values);
 * // { fields: { nama: 'Wajib diisi' }, rest: null }
 */
export function placeServerError(error: AppError, values: unknown, fieldOf: PathMap = identity, whole?: (e: AppError) => string | null): PlacedError {
  const fields: Record<string, string> = {};
  const field = whole?.(error) ?? null;
  if (field !== null && (error.issues ?? []).length === 0) return { fields: { [field]: error.message }, rest: null };
  const left: FieldIssue[] = [];
  for (const issue of error.issues ?? []) {
    const path = fieldOf(issue.path);
    if (hasPath(values, path)) fields[path] = fields[path] ?? issue.message;
    else left.push(issue);
  }
  if (Object.keys(fields).length === 0) return { fields, rest: error };
  if (left.length === 0) return { fields, rest: null };
  return { fields, rest: { ...error, issues: left } };
}

/**
 * The core's message for one field of a refusal, for a form that shows a call's error without the
 * hook (e.g. the SKP header's dates).
 *
 * @example
 * issueAt(update.error, 'periode.mulai'); // 'Tanggal tidak valid (DD/MM/YYYY)' or undefined
 */
export function issueAt(error: AppError | null | undefined, path: string): string | undefined {
  return error?.issues?.find((i) => i.path === path)?.message;
}
