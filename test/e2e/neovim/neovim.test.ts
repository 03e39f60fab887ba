/**
 * Headless Neovim 0.7, configured with vim.lsp.start_client and buf_attach_client,
 * as a client of `dist/server.js --stdio`: pushed diagnostics arrive, hover answers.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLAIM, claimEnv, runEditor, type EditorRun } from '../support/headless-editor';
import { assertTools, NVIM, requireBuilt, SERVER_JS, skipUnlessTools } from '../support/tools';
import { makeWorkspace, type Workspace } from '../support/workspace';

const TOOLS = [{ name: 'Neovim', path: NVIM }];

describe(`Neovim LSP client on ${CLAIM}`, { skip: skipUnlessTools(TOOLS) }, () => {
  let workspace: Workspace | undefined;
  let run: EditorRun;

  before(async () => {
    assertTools(TOOLS);
    requireBuilt([SERVER_JS]);
    workspace = makeWorkspace('neovim');
    const out = join(workspace.dir, 'report.json');
    const script = join(__dirname, 'check.lua');
    run = await runEditor(
      NVIM,
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`],
      claimEnv(workspace, out),
      out,
    );
  });

  after(() => workspace?.remove());

  test('runs without errors', () => {
    assert.deepEqual(run.report.errors, [], run.output);
  });

  test('receives pushed diagnostics carrying rule names', () => {
    assert.ok(run.report.pushes > 0, 'no textDocument/publishDiagnostics arrived');
    const rules = new Set(run.report.diagnostics.map((diagnostic) => diagnostic.code));
    for (const rule of ['code-format', 'code-unknown', 'code-not-billable', 'npi-checksum']) {
      assert.ok(rules.has(rule), `${rule} is not among ${[...rules].join(', ')}`);
    }
  });

  test('hover on G58.0 shows its title', () => {
    assert.match(String(run.report.hover), /Intercostal neuropathy/);
  });
});
