/**
 * Run as its own bundled process by `data.ts`: loads the compiled code sets
 * the way the server does, then every lazy part, and prints what each took
 * and the resident memory at the end, as JSON.
 */
import { loadCodeSets } from '../../server/src/engine/codesets/load';

const dataDir = process.argv[2];
const took: Record<string, number> = {};
const time = <T>(name: string, work: () => T): T => {
  const start = performance.now();
  const value = work();
  took[name] = performance.now() - start;
  return value;
};

const codeSets = time('eager', () => loadCodeSets(dataDir));
const rssEager = process.memoryUsage().rss;
// Notes first: a search reads the notes of the codes it ranks, so it would load them.
time('icd10Notes', () => codeSets.icd10cm.notesOf?.('G58.0'));
time('icd10Search', () => codeSets.icd10cm.search('intercostal', 10));
time('mce', () => codeSets.icd10cm.isManifestation('G58.0'));
time('procedureSearch', () => codeSets.procedures.search('nerve', 10));
time('taxonomySearch', () => codeSets.taxonomy.search('pain', 10));
process.stdout.write(JSON.stringify({ took, rssEager, rss: process.memoryUsage().rss }));
