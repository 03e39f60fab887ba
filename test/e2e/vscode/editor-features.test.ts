/**
 * The editor features of issue 5 in the real VS Code workbench (code-server), driven
 * in headless Chromium: the outline, inlay hints and the claim-totals lens, Format
 * Document, rename of a diagnosis letter, and the commands from the palette (Look Up
 * Code, Insert Documentation Template, Check All Claim Files) with the status bar.
 * Each scenario leaves a screenshot under test-output/e2e/features-*.png.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { skipUnlessTools } from '../support/tools';
import { waitUntil } from '../support/wait';
import { positionOf } from '../support/workspace';
import { goTo, openFile, runCommand, save, screenshot, STATE_TIMEOUT } from './workbench';
import { workbenchSession, WORKBENCH_TOOLS } from './session';

const CLEAN = 'intercostal-neurolysis-clean.claim';

/** The FORMAT.md claim written carelessly: what Format Document puts right. */
const MESSY = [
  'claim ASC-2026-0950',
  'PAYER Medicare',
  '  patient sex f dob 1964-03-12 id P-4471',
  '  billing taxonomy 208vp0014x npi 1234567893',
  '  pos 24',
  '  dos 2026-09-15',
  '  dx a g580',
  '  dx B g8929',
  '  svc 64620-rt charge 1700.00 units 2 ptr a,b',
  '',
].join('\n');

const FORMATTED = [
  'claim ASC-2026-0950',
  '  payer     medicare',
  '  patient   id P-4471  dob 1964-03-12  sex F',
  '  billing   npi 1234567893  taxonomy 208VP0014X',
  '  pos       24',
  '  dos       2026-09-15',
  '  dx A  G58.0',
  '  dx B  G89.29',
  '  svc 64620-RT   ptr AB  units 2  charge 1700.00',
  '',
].join('\n');

/** A claim without a note, on a date after ICD-10-CM FY2026 ends. */
const NO_NOTE = [
  'claim ASC-2026-0960',
  '  payer     medicare',
  '  patient   id P-4471  dob 1964-03-12  sex F',
  '  billing   npi 1234567893  taxonomy 208VP0014X',
  '  pos       24',
  '  dos       2026-10-05',
  '',
  '  dx A  G58.0',
  '  dx B  ',
  '',
  '  svc 64620-RT   ptr AB  units 2  charge 1700.00',
  '',
].join('\n');

/** Saves once the editor holds the change: the tab dirty, the focus back in the text. */
async function saveChange(page: Page): Promise<void> {
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ timeout: STATE_TIMEOUT });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await save(page);
}

describe(
  'VS Code workbench: outline, hints, formatting, commands',
  {
    skip: skipUnlessTools(WORKBENCH_TOOLS),
  },
  () => {
    const scenario = workbenchSession('features', {
      'messy.claim': MESSY,
      'no-note.claim': NO_NOTE,
    });

    test(
      'the outline lists the claim and its parts; breadcrumbs follow the cursor',
      scenario('features-outline', async (page, ws) => {
        await openFile(page, CLEAN);
        await runCommand(page, 'Explorer: Focus on Outline View');
        // The outline is a virtual list: only the rows in view exist, so look at the first.
        for (const name of ['claim ASC-2026-0101', 'payer medicare', 'patient']) {
          await page
            .locator('.monaco-list-row', { hasText: name })
            .first()
            .waitFor({ timeout: STATE_TIMEOUT });
        }
        await openFile(page, CLEAN);
        const at = positionOf(ws.read(CLEAN), 'G58.0');
        await goTo(page, at.line, at.column + 1);
        await page
          .locator('.breadcrumbs-control', { hasText: 'dx A G58.0 Intercostal neuropathy' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await screenshot(page, 'features-outline');
      }),
    );

    test(
      'inlay hints title each code and a lens sums the claim',
      scenario('features-hints', async (page) => {
        const editor = await openFile(page, CLEAN);
        await editor
          .locator('.view-line', { hasText: 'Intercostal neuropathy' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await editor
          .locator('.codelens-decoration', { hasText: '1 line · 2 units · $1,700.00' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await screenshot(page, 'features-hints');
      }),
    );

    test(
      'Format Document lines up the claim as FORMAT.md writes it',
      scenario('features-format', async (page, ws) => {
        await openFile(page, 'messy.claim');
        await runCommand(page, 'Format Document');
        await page
          .locator('.view-line', { hasText: 'payer     medicare' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await saveChange(page);
        await waitUntil('the formatted claim on disk', () =>
          ws.read('messy.claim') === FORMATTED ? true : undefined,
        );
        await screenshot(page, 'features-format');
      }),
    );

    test(
      'Look Up Code finds a diagnosis by words and inserts its code',
      scenario('features-look-up', async (page, ws) => {
        await openFile(page, 'no-note.claim');
        const at = positionOf(ws.read('no-note.claim'), 'dx B  ');
        await goTo(page, at.line, at.column + 'dx B  '.length);
        await runCommand(page, 'Claim Coding: Look Up Code…');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: STATE_TIMEOUT });
        await input.fill('chronic pain');
        const row = page
          .locator('.quick-input-list .monaco-list-row', { hasText: 'G89.29' })
          .first();
        await row.waitFor({ timeout: STATE_TIMEOUT });
        await screenshot(page, 'features-look-up');
        await row.click();
        await saveChange(page);
        await waitUntil('the chosen code on disk', () =>
          /^ {2}dx B {2}G89\.29$/m.test(ws.read('no-note.claim')) ? true : undefined,
        );
      }),
    );

    test(
      'the status bar warns about a date of service after FY2026',
      scenario('features-status', async (page) => {
        await openFile(page, 'no-note.claim');
        await page
          .locator('.statusbar-item', { hasText: 'ICD-10-CM FY2026' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await page
          .locator('.statusbar-item.warning-kind', { hasText: 'ICD-10-CM FY2026' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await screenshot(page, 'features-status');
      }),
    );

    test(
      'Insert Documentation Template adds the 64620 note to the claim',
      scenario('features-template', async (page, ws) => {
        await openFile(page, 'no-note.claim');
        const at = positionOf(ws.read('no-note.claim'), 'svc 64620');
        await goTo(page, at.line, at.column);
        await runCommand(page, 'Claim Coding: Insert Documentation Template');
        await page
          .locator('.view-line', { hasText: 'Instructions:' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await screenshot(page, 'features-template');
        await page.keyboard.press('Escape');
        await saveChange(page);
        const saved = await waitUntil('the note on disk', () => {
          const text = ws.read('no-note.claim');
          return text.includes('Instructions:') ? text : undefined;
        });
        assert.match(saved, /\n\n {2}note Procedure note\n {4}Indication: /);
        for (const label of ['Levels', 'Laterality', 'Guidance', 'Agent', 'Units', 'Pain']) {
          assert.match(saved, new RegExp(`^ {4}${label}:`, 'm'), label);
        }
      }),
    );

    test(
      'rename of a diagnosis letter changes its pointers too',
      scenario('features-rename', async (page, ws) => {
        await openFile(page, CLEAN);
        const at = positionOf(ws.read(CLEAN), 'dx B');
        await goTo(page, at.line, at.column + 3);
        await page.keyboard.press('F2');
        const input = page.locator('.rename-box input');
        await input.waitFor({ timeout: STATE_TIMEOUT });
        await input.fill('C');
        await page.keyboard.press('Enter');
        // The rename is applied after Enter; save only once the editor shows it.
        await page
          .locator('.view-line', { hasText: 'ptr AC' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await saveChange(page);
        const saved = await waitUntil('the renamed letter on disk', () => {
          const text = ws.read(CLEAN);
          return text.includes('dx C  G89.22') ? text : undefined;
        });
        assert.match(saved, /ptr AC /);
      }),
    );

    test(
      'Check All Claim Files fills the Problems panel with closed files',
      scenario('features-check-all', async (page) => {
        await runCommand(page, 'Claim Coding: Check All Claim Files');
        await page
          .locator('.notifications-toasts', { hasText: /Checked \d+ claim files/ })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await page.keyboard.press('Control+Shift+M');
        // pointer-problems.claim is never opened in this suite. The panel is a virtual
        // list, so filter it down to that file before looking for its rows.
        const filter = page
          .locator('.markers-panel-action-filter input, .viewpane-filter input')
          .first();
        const row = page
          .locator('.markers-panel .monaco-list-row', { hasText: 'pointer-problems.claim' })
          .first();
        // Typed key by key once the box is shown, as a coder would: the panel filters
        // on key events, after a short pause, and misses text set before it listens.
        await filter.waitFor({ timeout: STATE_TIMEOUT });
        await filter.click();
        await filter.pressSequentially('pointer-problems');
        await row.waitFor({ timeout: STATE_TIMEOUT });
        await page
          .locator('.markers-panel .monaco-list-row', { hasText: 'dx-pointer' })
          .first()
          .waitFor({ timeout: STATE_TIMEOUT });
        await screenshot(page, 'features-check-all');
      }),
    );
  },
);
