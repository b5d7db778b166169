import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests run in plain Node against real databases (`:memory:` SQLite,
 * PGlite/PostgreSQL). Playwright owns `tests/e2e`, so vitest must not pick those files up.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // Real databases (PGlite starts a WASM Postgres) and argon2 hashing are slow on a loaded
    // 2-core box; a tight limit would flake without catching anything real.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Forks isolate native modules (better-sqlite3, argon2) better than worker threads,
    // and two workers match the two cores without starving the database server.
    pool: 'forks',
    maxWorkers: 2,
  },
});
