import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresCursor, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';

type Command = PostgresQueryResult<unknown>['command'];

/** Kysely only looks at these tags (affected-row counts, aborted commits); others read as SELECT. */
function commandOf(tag: string | undefined): Command {
  switch (tag) {
    case 'UPDATE':
    case 'DELETE':
    case 'INSERT':
    case 'MERGE':
    case 'COMMIT':
    case 'ROLLBACK':
      return tag;
    default:
      return 'SELECT';
  }
}

/** One holder at a time; the others wait in arrival order. */
class Mutex {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  async lock(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  unlock(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

class PgliteClient implements PostgresPoolClient {
  constructor(
    private readonly pglite: PGlite,
    private readonly onRelease: () => void,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') throw new Error('PGlite tidak mendukung kursor (streaming).');
    return this.run<R>(sqlOrCursor, parameters ?? []);
  }

  private async run<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    const r = await this.pglite.query<R>(sql, [...parameters]);
    return { rows: r.rows, command: commandOf(r.command), rowCount: r.rowCount ?? r.affectedRows ?? 0 };
  }

  release(): void {
    this.onRelease();
  }
}

/**
 * Kysely over embedded PGlite through Kysely's own PostgresDialect: PGlite is one session, so this
 * "pool" hands out a single client at a time. A transaction keeps the client from BEGIN to
 * COMMIT, which serializes transactions and keeps other requests' statements out of them (Kysely's
 * bundled PGlite dialect shares the session between concurrent callers).
 *
 * Never use the outer `db` inside a transaction on PGlite: it waits for the client the
 * transaction holds, forever.
 *
 * @example
 * const db = new Kysely<ServerDatabase>({ dialect: pgliteDialect(await PGlite.create('memory://')) });
 */
export function pgliteDialect(pglite: PGlite): PostgresDialect {
  const mutex = new Mutex();
  const pool: PostgresPool = {
    options: {},
    connect: async () => {
      await mutex.lock();
      return new PgliteClient(pglite, () => mutex.unlock());
    },
    end: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
  return new PostgresDialect({ pool });
}
