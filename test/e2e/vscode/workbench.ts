/**
 * Drives the VS Code workbench in headless Chromium the way a person does: the
 * explorer, the keyboard, the widgets. Every step waits for the state it needs.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, OUTPUT } from '../support/tools';

/** Long enough for a cold workbench on a two-core machine; states usually come in seconds. */
export const STATE_TIMEOUT = 60_000;

export interface Workbench {
  browser: Browser;
  page: Page;
  /** Messages the page logged as errors, for a failing test to show. */
  errors: string[];
}

export async function openWorkbench(url: string, folder: string): Promise<Workbench> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Flags as on this machine: no sandbox as root, no GPU, and no background
    // connections, which the closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Only code-server on loopback is reached; anything else is refused at once.
  const origin = new URL(url).origin;
  await context.route(
    (target) => target.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: STATE_TIMEOUT });
  await explorerRow(page, '').first().waitFor({ timeout: STATE_TIMEOUT });
  return { browser, page, errors };
}

function explorerRow(page: Page, name: string): Locator {
  return page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
}

/** Opens a file from the explorer and waits until the editor shows it as a claim. */
export async function openFile(page: Page, name: string): Promise<Locator> {
  await explorerRow(page, name).first().click();
  // A double click would pin the tab; a single click opens it in preview, as users do.
  const tab = page.locator('.tabs-container .tab.active', { hasText: name });
  await tab.waitFor({ timeout: STATE_TIMEOUT });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: STATE_TIMEOUT });
  // The language mode in the status bar proves the extension's language is active.
  await page
    .locator('#status\\.editor\\.mode', { hasText: 'Claim' })
    .waitFor({ timeout: STATE_TIMEOUT });
  await editor.locator('.view-lines').click();
  return editor;
}

/** Moves the cursor with Go to Line (Ctrl+G), columns 1-based as VS Code shows them. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STATE_TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page
    .locator('.quick-input-widget')
    .waitFor({ state: 'hidden', timeout: STATE_TIMEOUT });
  await page
    .locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` })
    .waitFor({ timeout: STATE_TIMEOUT });
}

/** Runs a command from the command palette (F1) by its label. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STATE_TIMEOUT });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: STATE_TIMEOUT });
  await row.click();
}

/** Saves the active editor and returns once the tab no longer shows unsaved changes. */
export async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page
    .locator('.tabs-container .tab.active.dirty')
    .waitFor({ state: 'detached', timeout: STATE_TIMEOUT });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name}.png`);
  // Finite animations (the hover's fade-in) are run to their end, so text is legible.
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
