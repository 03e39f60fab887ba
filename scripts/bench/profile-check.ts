/**
 * Profiles a full in-process check of a claim file: `node --cpu-prof --import tsx
 * scripts/bench/profile-check.ts FILE [RUNS]`. Prints the time of each run.
 */
import { readFileSync } from 'node:fs';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { forgetParses } from '../../server/src/engine/markup/incremental';
import { rememberLines } from '../../server/src/engine/markup/parse';

const [file, runs = '6'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const codeSets = defaultCodeSets();
for (let i = 0; i < Number(runs); i++) {
  forgetParses();
  rememberLines('', []);
  const engine = new ClaimEngine(codeSets);
  const start = performance.now();
  const { diagnostics } = engine.check(text, 'bench.claim');
  console.log(`run ${i + 1}: ${(performance.now() - start).toFixed(1)} ms, ${diagnostics.length}`);
}
