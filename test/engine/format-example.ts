import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The example claim of FORMAT.md, from the repo's copy in examples/. */
export const formatExample = readFileSync(
  join(__dirname, '..', '..', 'examples', 'format-example.claim'),
  'utf8',
);
