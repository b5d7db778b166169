/**
 * One error map for every contract schema: plain Indonesian (or English) sentences that can sit
 * under a field, never zod's programmer wording ("Terlalu besar: diharapkan string memiliki
 * <=120 karakter"). The field's name is not part of the message: the form puts the message beside
 * its field, and the core's issues carry the field's path.
 *
 * Used by the core (electron/core/dispatch.ts, per parse) and by the renderer's forms, so both say
 * the same words for the same limit.
 */
import type { z } from 'zod';

export type ValidationLang = 'id' | 'en';

type RawIssue = z.core.$ZodRawIssue;

/** 2000 → "2.000" (id) or "2,000" (en), without relying on the platform's ICU data. */
function num(n: number | bigint, lang: ValidationLang): string {
  const s = String(n);
  if (!/^\d+$/.test(s)) return s;
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
}

const WORDS = {
  id: {
    required: 'Wajib diisi',
    number: 'Harus berupa angka',
    integer: 'Harus bilangan bulat',
    date: 'Tanggal tidak valid (DD/MM/YYYY)',
    choice: 'Pilih salah satu pilihan yang tersedia',
    url: 'Alamat tidak valid (contoh: https://server.example.go.id)',
    invalid: 'Isian tidak valid',
    unknownFields: (keys: string) => `Isian tidak dikenal: ${keys}`,
    maxChars: (n: string) => `Paling banyak ${n} karakter`,
    minChars: (n: string) => `Paling sedikit ${n} karakter`,
    exactChars: (n: string) => `Harus tepat ${n} karakter`,
    maxNum: (n: string) => `Tidak boleh lebih dari ${n}`,
    belowNum: (n: string) => `Harus kurang dari ${n}`,
    minNum: (n: string) => `Tidak boleh kurang dari ${n}`,
    aboveNum: (n: string) => `Harus lebih dari ${n}`,
    maxItems: (n: string) => `Paling banyak ${n} butir`,
    minItems: (n: string) => `Paling sedikit ${n} butir`,
    exactItems: (n: string) => `Harus tepat ${n} butir`,
  },
  en: {
    required: 'Required',
    number: 'Must be a number',
    integer: 'Must be a whole number',
    date: 'Invalid date (DD/MM/YYYY)',
    choice: 'Choose one of the options',
    url: 'Invalid address (e.g. https://server.example.go.id)',
    invalid: 'Invalid value',
    unknownFields: (keys: string) => `Unknown fields: ${keys}`,
    maxChars: (n: string) => `At most ${n} characters`,
    minChars: (n: string) => `At least ${n} characters`,
    exactChars: (n: string) => `Must be exactly ${n} characters`,
    maxNum: (n: string) => `Must not be more than ${n}`,
    belowNum: (n: string) => `Must be less than ${n}`,
    minNum: (n: string) => `Must not be less than ${n}`,
    aboveNum: (n: string) => `Must be more than ${n}`,
    maxItems: (n: string) => `At most ${n} items`,
    minItems: (n: string) => `At least ${n} items`,
    exactItems: (n: string) => `Must be exactly ${n} items`,
  },
} as const;

/** Nothing there: an absent, null or blank input is "required", whatever type was expected. */
function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

function sizeMessage(issue: RawIssue & { code: 'too_big' | 'too_small' }, lang: ValidationLang): string {
  const w = WORDS[lang];
  const big = issue.code === 'too_big';
  const limit = big ? issue.maximum : issue.minimum;
  const n = num(limit, lang);
  const exact = issue.exact === true;
  switch (issue.origin) {
    case 'string':
      // Nothing typed is "required" whatever the minimum (an empty password is not "too short").
      if (!big && (Number(limit) === 1 || isBlank(issue.input))) return w.required;
      return exact ? w.exactChars(n) : big ? w.maxChars(n) : w.minChars(n);
    case 'array':
    case 'set':
      return exact ? w.exactItems(n) : big ? w.maxItems(n) : w.minItems(n);
    case 'number':
    case 'int':
    case 'bigint':
      if (big) return issue.inclusive === false ? w.belowNum(n) : w.maxNum(n);
      return issue.inclusive === false ? w.aboveNum(n) : w.minNum(n);
    default:
      return w.invalid;
  }
}

/**
 * The message for one zod issue, in `lang`.
 *
 * @example
 * z.string().max(120).safeParse('x'.repeat(121), { error: validationErrorMap('id') });
 * // issue message: 'Paling banyak 120 karakter'
 */
export function validationMessage(issue: RawIssue, lang: ValidationLang = 'id'): string {
  const w = WORDS[lang];
  switch (issue.code) {
    case 'invalid_type':
      if (isBlank(issue.input)) return w.required;
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) return w.integer;
      if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint') return w.number;
      if (issue.expected === 'date') return w.date;
      return w.invalid;
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue, lang);
    case 'invalid_format':
      if (isBlank(issue.input)) return w.required;
      if (issue.format === 'date' || issue.format === 'datetime') return w.date;
      if (issue.format === 'url') return w.url;
      if (issue.format === 'uuid' || issue.format === 'guid') return w.choice;
      return w.invalid;
    case 'invalid_value':
      return isBlank(issue.input) ? w.required : w.choice;
    case 'not_multiple_of':
      return issue.divisor === 1 ? w.integer : w.invalid;
    case 'unrecognized_keys':
      // Only a hand-made request meets this (forms send exactly the contract's fields).
      return w.unknownFields(issue.keys.join(', '));
    case 'invalid_union':
      return isBlank(issue.input) ? w.required : w.invalid;
    default:
      return w.invalid;
  }
}

/**
 * A zod error map in `lang`, for `schema.safeParse(x, { error })`. Messages written on a schema
 * itself (e.g. `.refine(..., { message })`) still win, as zod gives them precedence.
 *
 * @example
 * const r = argSchemas['pegawai/save'].safeParse(input, { error: validationErrorMap('id') });
 */
export function validationErrorMap(lang: ValidationLang = 'id'): z.core.$ZodErrorMap {
  return (issue) => validationMessage(issue, lang);
}

/**
 * "Paling banyak 2.000 karakter": the limit message on its own, for a field that shows it while
 * typing (a long paste), in the same words as the schema's.
 *
 * @example
 * maxCharsMessage(2000, 'id'); // 'Paling banyak 2.000 karakter'
 */
export function maxCharsMessage(max: number, lang: ValidationLang = 'id'): string {
  return WORDS[lang].maxChars(num(max, lang));
}

/**
 * "Wajib diisi" / "Required", for a field the form checks beyond the schema (a repeated password).
 *
 * @example
 * requiredMessage('id'); // 'Wajib diisi'
 */
export function requiredMessage(lang: ValidationLang = 'id'): string {
  return WORDS[lang].required;
}

/**
 * A count with the language's thousands separator.
 *
 * @example
 * formatCount(2644, 'id'); // '2.644'
 */
export function formatCount(n: number, lang: ValidationLang = 'id'): string {
  return num(n, lang);
}

export type PathIssue = { path: string; message: string };

/**
 * Flattens a zod error into `{ path, message }` issues, the path dotted (`indikator.0.target.nilai`);
 * `(payload)` when the whole payload is wrong.
 *
 * @example
 * issuesOfZodError(r.error); // [{ path: 'nama', message: 'Paling banyak 120 karakter' }]
 */
export function issuesOfZodError(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): PathIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(payload)', message: i.message }));
}
