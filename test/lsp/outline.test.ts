/**
 * Outline, folding and smart select over LSP: the real server over stdio on the
 * FORMAT.md example, and the capabilities it announces for them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DocumentSymbolRequest,
  FoldingRangeKind,
  FoldingRangeRequest,
  SelectionRangeRequest,
  SymbolKind,
  type DocumentSymbol,
  type SelectionRange,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { FORMAT_EXAMPLE } from './fixtures';

describe('outline over LSP', () => {
  let client: TestClient;
  let uri: string;
  before(async () => {
    client = await TestClient.start();
    ({ uri } = await client.open(FORMAT_EXAMPLE));
  });
  after(async () => {
    await client.stop();
  });

  it('announces document symbols, folding and selection ranges', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.ok(capabilities?.documentSymbolProvider);
    assert.equal(capabilities?.foldingRangeProvider, true);
    assert.equal(capabilities?.selectionRangeProvider, true);
  });

  it('answers document symbols: the claim with its parts as children', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    const [claim] = symbols;
    assert.equal(claim.name, 'claim ASC-2026-0001');
    assert.equal(claim.kind, SymbolKind.Module);
    const children = claim.children?.map((child) => child.name) ?? [];
    assert.deepEqual(children.slice(5), [
      'dx A G58.0 Intercostal neuropathy',
      'dx B G89.29 Other chronic pain',
      'svc 64620-RT ×2',
      'note Procedure note',
    ]);
    const note = claim.children?.at(-1);
    assert.equal(note?.children?.length, 8);
    assert.equal(claim.range.start.line, 1);
    assert.equal(claim.range.end.line, 22);
  });

  it('answers folding ranges for the claim and its note', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, {
      textDocument: { uri },
    });
    assert.deepEqual(
      ranges?.map((r) => [r.startLine, r.endLine, r.kind]),
      [
        [1, 22, FoldingRangeKind.Region],
        [13, 22, FoldingRangeKind.Region],
      ],
    );
  });

  it('answers selection ranges from a pointer letter outwards', async () => {
    const position = client.positionOf(uri, 'ptr AB', 5);
    const [chain] = (await client.connection.sendRequest(SelectionRangeRequest.type, {
      textDocument: { uri },
      positions: [position],
    })) as SelectionRange[];
    const widths: string[] = [];
    for (let range: SelectionRange | undefined = chain; range; range = range.parent) {
      const { start, end } = range.range;
      widths.push(`${start.line}:${start.character}-${end.line}:${end.character}`);
    }
    assert.deepEqual(widths, ['11:22-11:23', '11:21-11:23', '11:2-11:48', '1:0-22:60']);
  });
});
