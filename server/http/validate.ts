import { z } from 'zod';
import type { FieldIssue } from '../../shared/result.js';
import { validationErrorMap } from '../../shared/validation/messages.js';
import { HttpFailure } from './errors.js';

/** The desk's own Indonesian error map (shared/validation), so a rejection reads like the form's message. */
const indonesian = validationErrorMap('id');

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses with Indonesian messages; returns the zod result for callers that do not throw. */
export function safeParseId<T>(schema: z.ZodType<T>, data: unknown): z.ZodSafeParseResult<T> {
  return schema.safeParse(data, { error: indonesian });
}

/**
 * Validates a request part with a shared schema (strict objects refuse extra fields), or throws a
 * 400 VALIDATION with the Indonesian field messages.
 *
 * @example
 * const body = parseOrThrow(enrollRequestSchema, request.body);
 */
export function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown): T {
  const r = safeParseId(schema, data);
  if (!r.success) throw new HttpFailure(400, 'VALIDATION', undefined, issuesOf(r.error));
  return r.data;
}
