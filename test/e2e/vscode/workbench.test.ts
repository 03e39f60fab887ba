/**
 * The packaged extension in the real VS Code workbench (from code-server), driven in
 * headless Chromium: squiggles and Problems, hover, completion, a quick fix and the
 * 64620 note snippet, each with a screenshot under test-output/e2e/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { skipUnlessTools } from '../support/tools';
import { waitUntil } from '../support/wait';
import { positionOf } from '../support/workspace';
import { goTo, openFile, save, screenshot, STATE_TIMEOUT } from './workbench';
import { workbenchSession, WORKBENCH_TOOLS } from './session';

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

describe(
  'VS Code workbench (code-server) with the packaged extension',
  {
    skip: skipUnlessTools(WORKBENCH_TOOLS),
  },
  () => {
    const scenario = workbenchSession('vscode', {
      'completion.claim': NEW_CLAIM,
      'snippet.claim': NEW_CLAIM,
    });

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
  },
);
