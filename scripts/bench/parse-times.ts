/**
 * The parser alone over the benchmark's claims, claim by claim as the batch check
 * reads them, beside the split into lines:
 * `node scripts/bench/run.mjs scripts/bench/parse-times.ts [FILE]`.
 */
import { readFileSync } from 'node:fs';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { LineList } from '../../server/src/engine/markup/claim-lines';
import { parseChunk, rememberLines, splitLines } from '../../server/src/engine/markup/parse';
import { generateClaims } from '../gen-claims';
import { median } from './stats';

const path = process.argv[2];
const text = path
  ? readFileSync(path, 'utf8')
  : generateClaims({ claims: 10000, seed: 20260915 }, defaultCodeSets());
const splits: number[] = [];
const parses: number[] = [];
let claims = 0;
for (let round = 0; round < 9; round++) {
  rememberLines('', []);
  let start = performance.now();
  const lines = splitLines(text);
  splits.push(performance.now() - start);
  start = performance.now();
  claims = 0;
  const list = new LineList(lines);
  for (let line = 0; line < lines.length;) {
    const chunk = parseChunk(list, line);
    if (chunk.claim) claims++;
    line = chunk.end;
  }
  parses.push(performance.now() - start);
}
const split = median(splits);
const parse = median(parses);
process.stdout.write(
  `${claims} claims: split ${split.toFixed(1)} ms, parse ${parse.toFixed(1)} ms ` +
    `(x${(parse / split).toFixed(1)}); parses: ${parses.map(Math.round).join(', ')}\n`,
);
