import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnosticsFor, FORMAT_EXAMPLE } from './harness';

const variants: [string, string][] = [
  ['as written', FORMAT_EXAMPLE],
  ['with CRLF line ends and a BOM', '\uFEFF' + FORMAT_EXAMPLE.replace(/\n/g, '\r\n')],
];

for (const [name, text] of variants) {
  test(`the FORMAT.md example claim gives no error or warning, ${name}`, () => {
    const loud = diagnosticsFor(text).filter(
      (d) => d.severity === 'error' || d.severity === 'warning',
    );
    assert.deepEqual(
      loud.map((d) => `${d.rule}@${d.range.start.line + 1}: ${d.message}`),
      [],
    );
  });
}
