/**
 * Emacs (emacs-nox) with eglot from Debian's elpa-eglot, in batch mode, as a client
 * of `dist/server.js --stdio`: pushed diagnostics reach flymake, hover answers.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLAIM, claimEnv, runEditor, type EditorRun } from '../support/headless-editor';
import {
  assertTools,
  EGLOT,
  EMACS,
  requireBuilt,
  SERVER_JS,
  skipUnlessTools,
} from '../support/tools';
import { makeWorkspace, type Workspace } from '../support/workspace';

const TOOLS = [
  { name: 'Emacs', path: EMACS },
  { name: 'eglot (elpa-eglot)', path: EGLOT },
];

interface EmacsReport {
  flymake: string[];
}

describe(`Emacs eglot client on ${CLAIM}`, { skip: skipUnlessTools(TOOLS) }, () => {
  let workspace: Workspace | undefined;
  let run: EditorRun;

  before(async () => {
    assertTools(TOOLS);
    requireBuilt([SERVER_JS]);
    workspace = makeWorkspace('emacs');
    const out = join(workspace.dir, 'report.json');
    // -q, not -Q: -Q would also skip Debian's site-start, which makes eglot loadable.
    run = await runEditor(
      EMACS,
      ['-q', '--batch', '-l', join(__dirname, 'check.el')],
      claimEnv(workspace, out),
      out,
    );
  });

  after(() => workspace?.remove());

  test('runs without errors', () => {
    assert.deepEqual(run.report.errors, [], run.output);
  });

  test('receives pushed diagnostics carrying rule names, shown by flymake', () => {
    assert.ok(run.report.pushes > 0, 'no textDocument/publishDiagnostics arrived');
    const rules = new Set(run.report.diagnostics.map((diagnostic) => diagnostic.code));
    for (const rule of ['code-format', 'code-unknown', 'code-not-billable', 'npi-checksum']) {
      assert.ok(rules.has(rule), `${rule} is not among ${[...rules].join(', ')}`);
    }
    const flymake = (run.report as unknown as EmacsReport).flymake;
    assert.equal(flymake.length, run.report.diagnostics.length, 'flymake shows every one');
  });

  test('hover on G58.0 shows its title', () => {
    assert.match(String(run.report.hover), /Intercostal neuropathy/);
  });
});
