/**
 * Time per rule over a claim file, for finding the rule to make faster:
 * `node scripts/bench/run.mjs scripts/bench/rule-times.ts [FILE]` (the default
 * is the benchmark's 10,000 claims). Each rule runs alone over every claim.
 */
import { readFileSync } from 'node:fs';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { codeSetsForClaim } from '../../server/src/engine/icd-years';
import { parseClaimFile } from '../../server/src/engine/markup/parse';
import { defaultOptions } from '../../server/src/engine/options';
import { allRules } from '../../server/src/engine/rules';
import { generateClaims } from '../gen-claims';

const ROUNDS = 5;
const KEPT = 3;

const codeSets = defaultCodeSets();
const path = process.argv[2];
const text = path
  ? readFileSync(path, 'utf8')
  : generateClaims({ claims: 10000, seed: 20260915 }, codeSets);
const file = parseClaimFile(text);
const base = { codeSets, options: defaultOptions() };
const contexts = file.claims.map((claim) => {
  const sets = codeSetsForClaim(codeSets, claim);
  return sets === codeSets ? base : { ...base, codeSets: sets };
});

const totals = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  for (const rule of allRules) {
    const start = performance.now();
    for (let i = 0; i < file.claims.length; i++) rule.check(file.claims[i], contexts[i]);
    const ms = performance.now() - start;
    if (round >= ROUNDS - KEPT) totals.set(rule.name, (totals.get(rule.name) ?? 0) + ms / KEPT);
  }
}
let sum = 0;
process.stdout.write(
  `${file.claims.length} claims, mean of the last ${KEPT} of ${ROUNDS} rounds\n`,
);
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
  sum += ms;
  process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${name}\n`);
}
process.stdout.write(`${sum.toFixed(1).padStart(8)} ms  all rules\n`);
