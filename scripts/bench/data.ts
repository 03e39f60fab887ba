/**
 * The compiled data: size on disk, load time and memory in a fresh process
 * (bundled like the server, so no TypeScript loader is measured), and the
 * size of the packaged extension.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { megabytes, median, ms } from './stats';
import type { Table } from './table';

interface Probe {
  took: Record<string, number>;
  rssEager: number;
  rss: number;
}

export async function benchData(table: Table, runs: number): Promise<void> {
  const dataDir = resolve('data');
  const files = listFiles(dataDir);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);

  const outfile = join(mkdtempSync(join(tmpdir(), 'claim-bench-')), 'data-probe.js');
  await build({
    entryPoints: ['scripts/bench/data-probe.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  const probes: Probe[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, [outfile, dataDir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`data probe failed: ${run.stderr}`);
    probes.push(JSON.parse(run.stdout) as Probe);
  }
  const eager = median(probes.map((p) => p.took.eager));
  const lazy = Object.keys(probes[0].took)
    .filter((name) => name !== 'eager')
    .map((name) => `${name} ${ms(median(probes.map((p) => p.took[name])))}`)
    .join(', ');
  const rss = Math.max(...probes.map((p) => p.rss));

  table.add({
    section: 'data',
    measure: `compiled code sets on disk (${files.length} files)`,
    value: megabytes(bytes),
  });
  table.add({
    section: 'data',
    measure: 'load at start (codes, titles, procedures, modifiers, taxonomy, POS)',
    value: ms(eager),
    beside: `first use of the lazy parts: ${lazy}`,
  });
  table.add({
    section: 'data',
    measure: 'resident memory with every code set loaded (bare process)',
    value: megabytes(rss),
    target: '< 150 MB',
    met: rss < 150e6,
    beside: `after the eager part only: ${megabytes(Math.max(...probes.map((p) => p.rssEager)))}`,
  });
}

export function benchPackage(table: Table): void {
  const vsix = 'dist/claim-coding.vsix';
  const run = spawnSync('npm', ['run', '--silent', 'package'], { encoding: 'utf8' });
  if (run.status === 0) {
    const size = statSync(vsix).size;
    table.add({
      section: 'data',
      measure: '.vsix size (npm run package)',
      value: megabytes(size),
      target: '< 15 MB',
      met: size < 15e6,
    });
    return;
  }
  // Packaging can fail for reasons that do not change the size (a README link
  // vsce cannot resolve): measure the same contents packed with a placeholder
  // base URL, and say why.
  const why = `${run.stderr}${run.stdout}`
    .split('\n')
    .find((l) => /error/i.test(l))
    ?.trim();
  const out = join(mkdtempSync(join(tmpdir(), 'claim-vsix-')), 'claim-coding.vsix');
  const vsce = spawnSync(
    'npx',
    [
      'vsce',
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--skip-license',
      '--baseContentUrl',
      'https://example.invalid',
      '--baseImagesUrl',
      'https://example.invalid',
      '-o',
      out,
    ],
    { encoding: 'utf8' },
  );
  const size = vsce.status === 0 ? statSync(out).size : undefined;
  table.add({
    section: 'data',
    measure: '.vsix size (vsce package, placeholder base URL)',
    value: size === undefined ? 'not built' : megabytes(size),
    target: '< 15 MB',
    met: size === undefined ? undefined : size < 15e6,
    beside: `npm run package failed: ${(why ?? 'see its output').slice(0, 160)}`,
  });
}

/** The files of `dir`, its `cache/` left out: what this machine compiled or unpacked. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cache' ? [] : listFiles(path);
    return [path];
  });
}
