/**
 * The packaged extension in the real VS Code workbench (from code-server), driven in
 * headless Chromium: squiggles and Problems, hover, completion, a quick fix and the
 * 64620 note snippet, each with a screenshot under test-output/e2e/.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertTools,
  CHROMIUM,
  CODE_SERVER,
  NODE24,
  OUTPUT,
  requireBuilt,
  skipUnlessTools,
  VSIX,
} from '../support/tools';
import { waitUntil } from '../support/wait';
import { makeWorkspace, positionOf, type Workspace } from '../support/workspace';
import { installExtension, startCodeServer, type CodeServer } from './code-server';
import {
  goTo,
  openFile,
  openWorkbench,
  save,
  screenshot,
  STATE_TIMEOUT,
  type Workbench,
} from './workbench';

const TOOLS = [
  { name: 'Node 24', path: NODE24 },
  { name: 'code-server', path: CODE_SERVER },
  { name: 'chromium', path: CHROMIUM },
];

/** The rules that the example's own comment says it breaks. */
const PROBLEMS_CLAIM = 'code-problems.claim';
const PROBLEM_RULES = ['code-format', 'code-unknown', 'code-not-billable', 'npi-checksum'];

/** A claim header without diagnoses, where the tests type what a coder types. */
const NEW_CLAIM = [
  'claim ASC-2026-0900',
  '  payer     medicare',
  '  patient   id P-0900  dob 1964-03-12  sex F',
  '  billing   npi 1234567893  taxonomy 208VP0014X',
  '  pos       24',
  '  dos       2026-09-15',
  '',
  '',
].join('\n');

type Scenario = (page: Page, workspace: Workspace) => Promise<void>;

/** The extension's own output channel and the extension host's log, as files. */
function extensionLogs(dir: string): string[] {
  const logs = join(dir, 'user-data', 'logs');
  if (!existsSync(logs)) return [];
  return readdirSync(logs, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('Claim Coding.log') || file.endsWith('remoteexthost.log'))
    .map((file) => `--- ${file} ---\n${readFileSync(join(logs, file), 'utf8')}`);
}

describe('VS Code workbench (code-server) with the packaged extension', {
  skip: skipUnlessTools(TOOLS),
}, () => {
  let workspace: Workspace | undefined;
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;

  before(async () => {
    assertTools(TOOLS);
    requireBuilt([VSIX]);
    workspace = makeWorkspace('vscode');
    workspace.write('completion.claim', NEW_CLAIM);
    workspace.write('snippet.claim', NEW_CLAIM);
    installExtension(workspace.dir, VSIX);
    server = await startCodeServer(workspace.dir, workspace.folder);
    workbench = await openWorkbench(server.url, workspace.folder);
  });

  after(async () => {
    await workbench?.browser.close();
    await server?.stop();
    workspace?.remove();
  });

  /**
   * One scenario on the shared workbench. When it fails, a screenshot and a log named
   * after it (page errors, code-server's output) show the state the workbench was in.
   */
  function scenario(name: string, body: Scenario): () => Promise<void> {
    return async () => {
      assert.ok(workbench && workspace, 'the workbench did not start');
      try {
        await body(workbench.page, workspace);
      } catch (error) {
        await screenshot(workbench.page, `${name}-failed`).catch(() => undefined);
        const log = [
          ...workbench.errors,
          '--- code-server ---',
          server?.log() ?? '',
          ...extensionLogs(workspace.dir),
        ];
        writeFileSync(join(OUTPUT, `${name}-failed.log`), log.join('\n'));
        throw error;
      }
    };
  }

  test(
    'an example claim shows squiggles and Problems entries with rule names',
    scenario('1-diagnostics', async (page) => {
      const editor = await openFile(page, PROBLEMS_CLAIM);
      await editor.locator('.squiggly-error').first().waitFor({ timeout: STATE_TIMEOUT });

      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      for (const rule of PROBLEM_RULES) {
        await rows.filter({ hasText: rule }).first().waitFor({ timeout: STATE_TIMEOUT });
      }
      await screenshot(page, '1-diagnostics');
      await page.keyboard.press('Control+Shift+M'); // closes the panel again
    }),
  );

  test(
    'hovering a diagnosis code shows its title',
    scenario('2-hover', async (page, ws) => {
      await openFile(page, 'intercostal-neurolysis-clean.claim');
      const at = positionOf(ws.read('intercostal-neurolysis-clean.claim'), 'G58.0');
      await goTo(page, at.line, at.column + 1);
      // Show Hover (Ctrl+K Ctrl+I) puts the hover where the cursor is.
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await page
        .locator('.monaco-hover', { hasText: 'Intercostal neuropathy' })
        .first()
        .waitFor({ timeout: STATE_TIMEOUT });
      await screenshot(page, '2-hover');
      await page.keyboard.press('Escape');
    }),
  );

  test(
    'completion after "dx A intercost" offers G58.0',
    scenario('3-completion', async (page, ws) => {
      await openFile(page, 'completion.claim');
      await page.keyboard.press('Control+End');
      await page.keyboard.type('  dx A intercost');
      await page.keyboard.press('Control+Space');
      const item = page.locator('.suggest-widget .monaco-list-row', { hasText: 'G58.0' }).first();
      await item.waitFor({ timeout: STATE_TIMEOUT });
      await screenshot(page, '3-completion');

      await item.click();
      await save(page);
      const saved = await waitUntil('the accepted code on disk', () => {
        const text = ws.read('completion.claim');
        return /^\s*dx A\s+G58\.0\s*$/m.test(text) ? text : undefined;
      });
      assert.doesNotMatch(saved, /intercost/);
    }),
  );

  test(
    'a quick fix replaces a header code with a billable one',
    scenario('4-quick-fix', async (page, ws) => {
      const editor = await openFile(page, PROBLEMS_CLAIM);
      await editor.locator('.squiggly-error').first().waitFor({ timeout: STATE_TIMEOUT });
      const at = positionOf(ws.read(PROBLEMS_CLAIM), 'G89.2\n');
      await goTo(page, at.line, at.column + 1);
      await page.keyboard.press('Control+.');
      const fix = page
        .locator('.action-widget .monaco-list-row', { hasText: 'Replace G89.2 with G89.29' })
        .first();
      await fix.waitFor({ timeout: STATE_TIMEOUT });
      await screenshot(page, '4-quick-fix');

      await fix.click();
      await save(page);
      await waitUntil('the fixed code on disk', () =>
        /^\s*dx A\s+G89\.29\s*$/m.test(ws.read(PROBLEMS_CLAIM)) ? true : undefined,
      );
      await screenshot(page, '4-quick-fix-applied');
    }),
  );

  test(
    'the note-64620 snippet inserts the documentation elements',
    scenario('5-snippet', async (page, ws) => {
      await openFile(page, 'snippet.claim');
      await page.keyboard.press('Control+End');
      await page.keyboard.type('note-64620');
      await page.keyboard.press('Control+Space');
      const item = page
        .locator('.suggest-widget .monaco-list-row', { hasText: 'note-64620' })
        .first();
      await item.waitFor({ timeout: STATE_TIMEOUT });
      await item.click();
      await page
        .locator('.view-line', { hasText: 'Instructions:' })
        .waitFor({ timeout: STATE_TIMEOUT });
      await screenshot(page, '5-snippet');

      await page.keyboard.press('Escape'); // leaves snippet mode
      await save(page);
      const saved = await waitUntil('the snippet on disk', () => {
        const text = ws.read('snippet.claim');
        return text.includes('Instructions:') ? text : undefined;
      });
      assert.match(saved, /^note /m);
      for (const label of ['Indication', 'Levels', 'Laterality', 'Guidance', 'Agent', 'Pain']) {
        assert.match(saved, new RegExp(`^\\s+${label}:`, 'm'), label);
      }
    }),
  );
});
