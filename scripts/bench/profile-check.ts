/**
 * A full batch check of a claim file, run several times, for a profiler:
 * `node scripts/bench/run.mjs scripts/bench/profile-check.ts FILE [RUNS]`, with
 * `--cpu-prof` added to the node command of run.mjs's output (.cache/bench).
 */
import { readFileSync } from 'node:fs';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { rememberLines } from '../../server/src/engine/markup/parse';

const [file, runs = '6'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const codeSets = defaultCodeSets();
for (let i = 0; i < Number(runs); i++) {
  rememberLines('', []);
  const engine = new ClaimEngine(codeSets);
  const start = performance.now();
  const { diagnostics } = engine.checkBatch(text, 'bench.claim');
  const ms = (performance.now() - start).toFixed(1);
  process.stdout.write(`run ${i + 1}: ${ms} ms, ${diagnostics.length} diagnostics\n`);
}
