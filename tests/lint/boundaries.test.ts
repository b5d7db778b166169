import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The restricted-import findings ESLint reports for `source` as if it were the file at `file`. */
async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('architecture boundaries in eslint.config.js', () => {
  it.each([
    ['server → electron/', 'server/services/probe.ts', "import { createCore } from '../../electron/core/app.js';\nexport const x = createCore;\n", /server\/ runs without the desk/],
    ['server → renderer/', 'server/probe.ts', "import { App } from '../renderer/App.js';\nexport const x = App;\n", /server\/ runs without the desk/],
    ['server → electron package', 'server/probe.ts', "import { app } from 'electron';\nexport const x = app;\n", /Only the Electron glue/],
    ['core → transports', 'electron/core/probe.ts', "import { startHttpHost } from '../transports/http.js';\nexport const x = startHttpHost;\n", /electron\/core is used by every transport/],
    ['core (nested) → transports', 'electron/core/sync/probe.ts', "import { bindIpc } from '../../transports/ipc.js';\nexport const x = bindIpc;\n", /electron\/core is used by every transport/],
    ['core → safe-storage glue', 'electron/core/probe.ts', "import { safeStorageSecretStore } from '../safe-storage.js';\nexport const x = safeStorageSecretStore;\n", /electron\/core runs without Electron/],
    ['core (nested) → menu glue', 'electron/core/db/probe.ts', "import { installMenu } from '../../menu.js';\nexport const x = installMenu;\n", /electron\/core runs without Electron/],
  ])('%s is refused', async (_what, file, source, message) => {
    const found = await restricted(file, source);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  }, 60_000);

  it('allowed imports pass: server → shared, core → its own modules, glue → core', async () => {
    expect(await restricted('server/probe.ts', "import { ERROR_MESSAGES } from '../shared/result.js';\nexport const x = ERROR_MESSAGES;\n")).toEqual([]);
    expect(await restricted('electron/core/sync/probe.ts', "import { plainSecretStore } from '../secret-store.js';\nexport const x = plainSecretStore;\n")).toEqual([]);
    expect(await restricted('electron/main-probe.ts', "import { createCore } from './core/app.js';\nexport const x = createCore;\n")).toEqual([]);
  }, 60_000);
});
