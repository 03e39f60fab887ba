/**
 * `npm run bench`: every figure issue 6 asks for, beside its target and its
 * peers, as one Markdown table on stdout (progress goes to stderr).
 *
 *   npm run bench                 the full run (two to four minutes)
 *   npm run bench -- --quick      fewer repetitions, no .vsix
 *   npm run bench -- --only search,lsp
 */
import { readFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { generateClaims } from '../gen-claims';
import { benchData, benchPackage } from './data';
import { benchFolder } from './folder';
import { benchHugeFile } from './huge-file';
import { benchInProcess } from './in-process';
import { benchLargeFile, benchServerStart, buildWithoutSizeLimit } from './lsp';
import { benchSearch } from './search';
import { Table } from './table';

const SECTIONS = ['search', 'start', 'lsp', 'huge', 'check', 'folder', 'data', 'package'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      claims: { type: 'string', default: '10000' },
    },
  });
  const only = new Set(values.only ? values.only.split(',') : SECTIONS);
  const quick = values.quick;
  const claims = Number(values.claims);
  const table = new Table();

  process.stderr.write(`generating ${claims} claims...\n`);
  const codeSets = defaultCodeSets();
  const text = generateClaims({ claims, seed: 20260915 }, codeSets);

  if (only.has('search')) benchSearch(table, codeSets, quick);
  if (only.has('start')) await benchServerStart(table, quick ? 3 : 7);
  if (only.has('lsp') && !(await benchLargeFile(table, text, claims))) {
    const serverPath = await buildWithoutSizeLimit();
    await benchLargeFile(table, text, claims, { serverPath, label: 'size limit raised' });
  }
  if (only.has('huge')) await benchHugeFile(table);
  if (only.has('check')) benchInProcess(table, codeSets, text, claims);
  if (only.has('folder')) {
    benchFolder(table, 1000, 10);
    if (!quick) benchFolder(table, 1000, 50);
    // 80 MB: where a second thread pays for its warm-up on two cores.
    if (!quick) benchFolder(table, 1000, 200);
  }
  if (only.has('data')) await benchData(table, quick ? 2 : 5);
  if (only.has('package') && !quick) benchPackage(table);

  process.stdout.write(`${table.markdown()}\n\n${machine()}\n`);
}

/** The machine the figures come from. */
function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = readLoad();
  return [
    `Machine: ${cpus().length} cores (${cpu}), ` +
      `${gib(totalmem())} GiB memory (${gib(freemem())} free), ` +
      `Node ${process.version}, ${process.platform}.` +
      (load ? ` Load average at the end: ${load}.` : ''),
  ].join('\n');
}

function gib(bytes: number): string {
  return (bytes / 2 ** 30).toFixed(1);
}

function readLoad(): string | undefined {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return undefined;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
