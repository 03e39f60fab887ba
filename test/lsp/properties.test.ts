/**
 * The real server over stdio, under random incremental edits: after each run of
 * edits, the diagnostics it publishes for the last version are a fresh check of
 * the text the editor holds, each inside the document. A bounded number of runs
 * keeps `npm test` quick; `npm run fuzz` sends 100,000 edits.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { applyChange, claimText, textChange, type TextChange } from '../properties/claim-text';
import { lspChange, mismatch } from '../properties/lsp-edits';
import { TestClient } from './client';

const engine = new ClaimEngine(defaultCodeSets());

describe('properties: the server under random edits', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes, for the last version, what a fresh check of its text gives', async () => {
    const edits = fc.array(fc.tuple(textChange, fc.boolean()), { minLength: 1, maxLength: 20 });
    // Several documents at once, as in an editor with tabs open, and to keep the test quick.
    const documents = fc.array(fc.tuple(claimText, edits), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(documents, async (sequences) => {
        const runs = sequences.map(([start, changes]) => run(start, changes));
        const problems = await Promise.all(runs);
        assert.deepEqual(problems.filter(Boolean), []);
      }),
      { numRuns: 12 },
    );
  });

  /** Opens `start`, sends the changes without waiting but for the last, and checks. */
  async function run(start: string, changes: [TextChange, boolean][]) {
    const { uri } = await client.open(start);
    let text = start;
    for (const [index, [change, wholeText]] of changes.entries()) {
      // Now and then the whole text, as clients without incremental sync send it.
      const event =
        wholeText && index % 4 === 0
          ? { text: applyChange(text, change) }
          : lspChange(text, change);
      if (index < changes.length - 1) await client.editQuickly(uri, [event]);
      else await client.edit(uri, [event]);
      text = client.text(uri);
    }
    const published = client.diagnostics.get(uri)!.diagnostics;
    await client.close(uri);
    return mismatch(engine, text, published);
  }

  it('stays up: it still answers after the random edits', async () => {
    const { uri, diagnostics } = await client.open('claim C-1\n  dx A G89.2\n');
    assert.ok(diagnostics.some((d) => d.code === 'code-not-billable'));
    const hover = await client.hover(uri, client.positionOf(uri, 'G89.2'));
    assert.match(JSON.stringify(hover), /G89\.2/);
  });
});
