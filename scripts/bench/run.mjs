// Runs a benchmark script as the product ships: bundled by esbuild, the way
// scripts/build.mjs bundles the server and the checker. Through tsx every
// function would be wrapped to keep its name, which doubles the engine's time
// and measures the loader, not the engine.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/bench/run.mjs scripts/bench/SCRIPT.ts [ARGS]\n');
  process.exit(2);
}
// Two folders deep, as scripts/bench is, so that the engine finds data/ the same way.
const outdir = join('.cache', 'bench');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry, '.ts')}.cjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['esbuild', 'fuse.js', 'minisearch', 'fuzzysort'],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
