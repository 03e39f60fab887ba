/**
 * The workbench scenarios in a desktop VS Code through @vscode/test-electron, for
 * machines that have VS Code: VSCODE_EXECUTABLE names its executable (e.g.
 * /usr/share/code/code). Skips when it is unset; CI has no VS Code and uses the
 * code-server workbench (test/e2e/vscode/) instead. This runner never downloads VS Code.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runTests } from '@vscode/test-electron';
import { requireBuilt, ROOT, SERVER_JS } from '../support/tools';
import { makeWorkspace, type Workspace } from '../support/workspace';

const executable = process.env.VSCODE_EXECUTABLE;
const skip = executable
  ? false
  : 'set VSCODE_EXECUTABLE to a VS Code executable to run these (CI uses code-server)';

describe('desktop VS Code (@vscode/test-electron) with the extension', { skip }, () => {
  let workspace: Workspace | undefined;

  after(() => workspace?.remove());

  test('runs the workbench scenarios in the Extension Development Host', async () => {
    requireBuilt([join(ROOT, 'dist', 'extension.js'), SERVER_JS]);
    workspace = makeWorkspace('electron');
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace.folder,
        '--disable-extensions', // every other extension: the one under test still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(workspace.dir, 'user-data'),
        '--extensions-dir',
        join(workspace.dir, 'extensions'),
      ],
    });
    assert.equal(code, 0);
  });
});
