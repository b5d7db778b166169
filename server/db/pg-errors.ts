const UNIQUE_VIOLATION = '23505';

/** True for PostgreSQL's unique_violation (both node-postgres and PGlite expose `code`). */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === UNIQUE_VIOLATION;
}
