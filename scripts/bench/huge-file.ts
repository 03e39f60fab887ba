/**
 * A 50 MB claim file in the server (issue 7): how long the editor waits for each
 * answer. The test (test/lsp/robustness.test.ts) asserts that the answers arrive;
 * the times are printed here, against the one-second target, never asserted.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'vscode-languageserver-protocol';
import { TestClient } from '../../test/lsp/client';
import { ms } from './stats';
import type { Table } from './table';

const ONE_CLAIM = readFileSync('examples/format-example.claim', 'utf8').replace(
  'dx B  G89.29',
  'dx B  G89.2',
);

export async function benchHugeFile(table: Table, megabytes = 50): Promise<void> {
  const text = ONE_CLAIM.repeat(Math.ceil((megabytes * 1_000_000) / ONE_CLAIM.length));
  const client = await TestClient.start();
  try {
    const row = (measure: string, took: number, beside?: string) =>
      table.add({
        section: `${megabytes} MB file`,
        measure,
        value: ms(took),
        target: '< 1000 ms',
        met: took < 1000,
        beside,
      });

    let start = performance.now();
    const { uri } = await client.open(text, 'huge.claim');
    row('open to its one message', performance.now() - start, 'the text crosses the pipe');

    const middle = Math.floor(text.length / ONE_CLAIM.length / 2);
    const code: Position = client.positionOf(uri, 'G58.0', 1, middle);
    start = performance.now();
    await client.hover(uri, code);
    row('hover in the middle of the file', performance.now() - start);

    start = performance.now();
    await client.completion(uri, { line: code.line, character: code.character + 2 });
    row('completion in the middle of the file', performance.now() - start);

    for (const nth of ['first', 'second']) {
      const at = { line: code.line, character: 0 };
      start = performance.now();
      await client.editQuickly(uri, [{ range: { start: at, end: at }, text: ' ' }]);
      await client.hover(uri, code);
      row(`${nth} keystroke, then hover`, performance.now() - start);
    }
  } finally {
    await client.stop();
  }
}
