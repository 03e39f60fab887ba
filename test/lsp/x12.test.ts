/** An 837P file opened in the editor: checked, hovered, and converted to markup. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TO_MARKUP_REQUEST } from '../../server/src/lsp/requests';
import { TestClient } from './client';

const FINDINGS = readFileSync(join(__dirname, '..', 'fixtures', 'x12', 'findings.837'), 'utf8');

describe('837P files over LSP', () => {
  it('pushes diagnostics on the segments, offers no markup completion, converts', async () => {
    const client = await TestClient.start();
    try {
      const { uri, diagnostics } = await client.open(FINDINGS, 'findings.837');
      assert.ok(diagnostics.length > 0, 'the findings fixture raises rules');
      const lines = FINDINGS.split(/\r?\n/);
      for (const diagnostic of diagnostics) {
        const line = lines[diagnostic.range.start.line] ?? '';
        assert.match(line, /^[A-Z][A-Z0-9]{1,2}[*|^:]/, `on a segment: ${line}`);
      }

      const items = await client.completion(uri, { line: 0, character: 3 });
      assert.equal(items.items.length, 0);

      const markup = await client.connection.sendRequest<string | null>(TO_MARKUP_REQUEST, { uri });
      assert.match(markup ?? '', /^claim /m);
      const converted = await client.open(markup ?? '', 'converted.claim');
      // An 837P carries no procedure note, so doc-missing is off for it and not for markup.
      const rules = (list: { code?: unknown }[]) =>
        list
          .map((d) => String(d.code))
          .filter((rule) => rule !== 'doc-missing')
          .sort();
      assert.deepEqual(rules(converted.diagnostics), rules(diagnostics));
    } finally {
      await client.stop();
    }
  });

  it('reads a .claim file that opens with "ISA" as markup, as the checker does', async () => {
    const client = await TestClient.start();
    try {
      const text = 'ISAAC\nclaim A\n  dx A G58.0\n  svc 64620 ptr A\n';
      const { diagnostics } = await client.open(text, 'isa.claim');
      const { ClaimEngine } = await import('../../server/src/engine/index');
      const { defaultCodeSets } = await import('../../server/src/engine/codesets/load');
      const checker = new ClaimEngine(defaultCodeSets()).checkBatch(text, 'isa.claim');
      const summary = (list: { code?: unknown; range: { start: { line: number } } }[]) =>
        list.map((d) => `${d.range.start.line}:${String(d.code)}`).sort();
      assert.deepEqual(
        summary(diagnostics),
        summary(
          checker.diagnostics.map((d) => ({
            code: d.rule,
            range: d.range,
          })),
        ),
      );
      assert.ok(diagnostics.some((d) => /is not a statement/.test(String(d.message))));
      // Hover and completion read it as markup too: G58.0 hovers, and codes complete.
      const { uri } = await client.open(text, 'isa-features.claim');
      const hover = await client.hover(uri, { line: 2, character: 9 });
      assert.match(JSON.stringify(hover?.contents ?? ''), /Intercostal neuropathy/);
      const completion = await client.completion(uri, { line: 2, character: 10 });
      assert.ok(completion.items.length > 0, 'completion offers codes in a .claim file');
    } finally {
      await client.stop();
    }
  });
});
