/**
 * The checker (`dist/cli.js`) over a folder of claim files, as a billing office
 * runs it: one job, then one per core.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeClaimFolder } from '../gen-claims';
import { ms } from './stats';
import type { Table } from './table';

export function benchFolder(table: Table, files: number, claimsPerFile: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'claim-folder-'));
  try {
    writeClaimFolder(dir, files, claimsPerFile, 4242);
    const claims = files * claimsPerFile;
    const help = execFileSync(process.execPath, ['dist/cli.js', '--help'], { encoding: 'utf8' });
    const cores = availableParallelism();
    const runs = help.includes('--jobs') ? [1, cores] : [undefined];
    const rates: string[] = [];
    let everyCore = 0;
    for (const jobs of runs) {
      const jobArgs = jobs ? ['--jobs', String(jobs)] : [];
      const args = ['dist/cli.js', '--format', 'json', ...jobArgs, dir];
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
      const took = performance.now() - start;
      if (run.status !== 0 && run.status !== 1) {
        throw new Error(`claim-check failed: ${run.stderr}`);
      }
      // The issue asks for the rate on every core: the last run; the others go beside it.
      everyCore = claims / (took / 1000);
      const threads = `${jobs ?? 1} thread${jobs === 1 || !jobs ? '' : 's'}`;
      rates.push(`${threads}: ${ms(took)}, ${count(Math.round(everyCore))} claims/s`);
    }
    table.add({
      section: 'checker',
      measure: `${files} files of ${claimsPerFile} claims (${count(claims)}), ${cores} jobs`,
      value: `${count(Math.round(everyCore))} claims/s`,
      beside:
        rates.join('; ') +
        (runs[0] === undefined ? '; the checker has no --jobs option: one thread' : '') +
        '; process start and code-set load included',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
