/** Server administration from the command line; see USAGE in cli-args.ts. */
import { parseCli, USAGE } from './cli-args.js';
import { databaseFromEnv } from './config.js';
import { connectDatabase } from './db/connect.js';
import { HttpFailure } from './http/errors.js';
import { initInstansi } from './services/init-instansi.js';

async function main(): Promise<number> {
  const cmd = parseCli(process.argv.slice(2));
  if (cmd.command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const conn = await connectDatabase(databaseFromEnv(process.env));
  try {
    const ids = await initInstansi(conn.db, cmd.input);
    console.log(`Instansi ${cmd.input.kode} dibuat (id ${ids.instansiId}); unit teratas ${ids.unitId}; admin ${ids.userId}.`);
    console.log('Admin ini sekarang dapat mendaftarkan aplikasi meja pertama.');
    return 0;
  } finally {
    await conn.close();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  const issues = e instanceof HttpFailure && e.issues ? e.issues.map((i) => `\n  ${i.path}: ${i.message}`).join('') : '';
  console.error(`${e instanceof Error ? e.message : String(e)}${issues}`);
  process.exitCode = 1;
}
