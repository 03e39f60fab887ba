/**
 * Runs a headless editor (Neovim, Emacs) on a script that acts as an LSP client of
 * `dist/server.js --stdio` and writes what it saw as JSON, then reads that JSON.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionOf, type Workspace } from './workspace';
import { SERVER_JS } from './tools';

/** What the editor saw, in the shape both editor scripts write. */
export interface EditorReport {
  pushes: number;
  diagnostics: { line: number; message: string; code: string | null }[];
  hover: string | null;
  errors: string[];
}

export interface EditorRun {
  report: EditorReport;
  output: string;
}

/** The claim both editors open, and the code they hover in it (its first character). */
export const CLAIM = 'code-problems.claim';
export const HOVERED = 'G58.0';

export function claimEnv(workspace: Workspace, out: string): NodeJS.ProcessEnv {
  const at = positionOf(workspace.read(CLAIM), HOVERED);
  return {
    ...process.env,
    // The server runs on the Node that runs the tests (Node 20, as users have).
    CLAIM_NODE: process.execPath,
    CLAIM_SERVER: SERVER_JS,
    CLAIM_FILE: workspace.path(CLAIM),
    CLAIM_HOVER_LINE: String(at.line - 1),
    CLAIM_HOVER_CHARACTER: String(at.column - 1),
    CLAIM_OUT: out,
    // Keep the editors' caches, logs and state out of the user's home.
    HOME: workspace.dir,
    XDG_CACHE_HOME: join(workspace.dir, 'cache'),
    XDG_STATE_HOME: join(workspace.dir, 'state'),
    XDG_DATA_HOME: join(workspace.dir, 'data'),
    XDG_CONFIG_HOME: join(workspace.dir, 'config'),
  };
}

/** Runs the editor to its end (it quits itself); kills it after `timeoutMs`. */
export function runEditor(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  out: string,
  timeoutMs = 90_000,
): Promise<EditorRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      try {
        const report = JSON.parse(readFileSync(out, 'utf8')) as EditorReport;
        resolve({ report, output });
      } catch (error) {
        reject(new Error(`${command} exited (${code ?? signal}) without a report:\n${output}`));
      }
    });
  });
}
