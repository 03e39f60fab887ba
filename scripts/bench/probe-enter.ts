import { readFileSync } from 'node:fs';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { ClaimCache } from '../../server/src/engine/claim-cache';
const text = readFileSync(process.argv[2], 'utf8');
const engine = new ClaimEngine(defaultCodeSets());
const cache = new ClaimCache();
engine.check(text, 'a.claim', cache);
let cur = text;
const at = text.indexOf('  dx A', 5000);
for (let i = 0; i < 8; i++) {
  const next = i % 2 === 0 ? cur.slice(0, at) + '\n' + cur.slice(at) : cur.slice(0, at) + cur.slice(at + 1);
  const t = performance.now();
  engine.check(next, 'a.claim', cache);
  console.log(i % 2 === 0 ? 'insert newline' : 'remove newline', (performance.now() - t).toFixed(1), 'ms');
  cur = next;
}
