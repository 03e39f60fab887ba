/**
 * Runs the real VS Code workbench from code-server on 127.0.0.1, with its own config,
 * user-data and extensions folders under a temporary directory, and the packaged
 * extension installed the way a user installs a .vsix.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER, NODE24 } from '../support/tools';
import { waitUntil } from '../support/wait';

export interface CodeServer {
  url: string;
  /** The server's own output, for a failing test to show. */
  log(): string;
  /** Stops code-server and everything it started (extension host, language server). */
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet: no welcome page, chat, tips or update checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

const COMMON_FLAGS = ['--disable-telemetry', '--disable-update-check'];

/**
 * An extension gallery without a service URL turns the gallery off, so the workbench
 * does not look for extension updates on the network (there is none, and we want none).
 */
const ENV = { ...process.env, EXTENSIONS_GALLERY: '{}' };

function folders(dir: string) {
  return {
    config: join(dir, 'config.yaml'),
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
  };
}

/** Installs the .vsix with code-server's own `--install-extension`. */
export function installExtension(dir: string, vsix: string): void {
  const { config, userData, extensions } = folders(dir);
  const result = spawnSync(
    NODE24,
    [
      CODE_SERVER,
      ...COMMON_FLAGS,
      '--config',
      config,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      '--install-extension',
      vsix,
    ],
    { encoding: 'utf8', timeout: 120_000, env: ENV },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${output}`);
  }
}

export async function startCodeServer(dir: string, folder: string): Promise<CodeServer> {
  const { config, userData, extensions } = folders(dir);
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

  let output = '';
  // Port 0: the system picks a free port and code-server logs the one it got.
  const child: ChildProcess = spawn(
    NODE24,
    [
      CODE_SERVER,
      ...COMMON_FLAGS,
      '--bind-addr',
      '127.0.0.1:0',
      '--auth',
      'none',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--config',
      config,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      folder,
    ],
    // Its own process group, so stop() ends the extension host and server with it.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: ENV },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return; // the group is already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    const url = await waitUntil(
      'code-server to listen',
      () => {
        if (child.exitCode !== null) throw new Error(`code-server exited:\n${output}`);
        return /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      },
      60_000,
    );
    return { url, log: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
