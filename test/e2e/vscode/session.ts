/**
 * One code-server workbench for a suite of scenarios: started before the suite with
 * the packaged extension and the given files in its workspace, stopped after it.
 * A scenario that fails leaves a screenshot and a log named after it (page errors,
 * code-server's output, the extension's own logs) showing the state it was in.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertTools,
  CHROMIUM,
  CODE_SERVER,
  NODE24,
  OUTPUT,
  requireBuilt,
  VSIX,
} from '../support/tools';
import { makeWorkspace, type Workspace } from '../support/workspace';
import { installExtension, startCodeServer, type CodeServer } from './code-server';
import { openWorkbench, screenshot, type Workbench } from './workbench';

export const WORKBENCH_TOOLS = [
  { name: 'Node 24', path: NODE24 },
  { name: 'code-server', path: CODE_SERVER },
  { name: 'chromium', path: CHROMIUM },
];

export type Scenario = (page: Page, workspace: Workspace) => Promise<void>;

/** Registers the suite's start and stop; returns the wrapper each scenario runs in. */
export function workbenchSession(
  name: string,
  files: Record<string, string>,
): (scenarioName: string, body: Scenario) => () => Promise<void> {
  let workspace: Workspace | undefined;
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;

  before(async () => {
    assertTools(WORKBENCH_TOOLS);
    requireBuilt([VSIX]);
    workspace = makeWorkspace(name);
    for (const [file, text] of Object.entries(files)) workspace.write(file, text);
    installExtension(workspace.dir, VSIX);
    server = await startCodeServer(workspace.dir, workspace.folder);
    workbench = await openWorkbench(server.url, workspace.folder);
  });

  after(async () => {
    await workbench?.browser.close();
    await server?.stop();
    workspace?.remove();
  });

  return (scenarioName, body) => async () => {
    assert.ok(workbench && workspace, 'the workbench did not start');
    try {
      await body(workbench.page, workspace);
    } catch (error) {
      await screenshot(workbench.page, `${scenarioName}-failed`).catch(() => undefined);
      const log = [
        ...workbench.errors,
        '--- code-server ---',
        server?.log() ?? '',
        ...extensionLogs(workspace.dir),
      ];
      writeFileSync(join(OUTPUT, `${scenarioName}-failed.log`), log.join('\n'));
      throw error;
    }
  };
}

/** The extension's own output channel and the extension host's log, as files. */
function extensionLogs(dir: string): string[] {
  const logs = join(dir, 'user-data', 'logs');
  if (!existsSync(logs)) return [];
  return readdirSync(logs, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('Claim Coding.log') || file.endsWith('remoteexthost.log'))
    .map((file) => `--- ${file} ---\n${readFileSync(join(logs, file), 'utf8')}`);
}
