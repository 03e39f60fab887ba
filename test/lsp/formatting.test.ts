/**
 * Format Document and Format Selection over LSP: the FORMAT.md example needs no
 * edit; a messy claim comes back in its layout, and a second pass changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './client';
import { FORMAT_EXAMPLE } from './fixtures';

const MESSY = FORMAT_EXAMPLE.replace('  dx A  G58.0', 'DX a g580').replace(
  '  svc 64620-RT   ptr AB  units 2  charge 1700.00',
  'svc 64620-rt charge 1700.00 units 2 ptr a,b',
);
const options = { tabSize: 2, insertSpaces: true };

describe('formatting over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('announces document and range formatting', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.equal(capabilities?.documentFormattingProvider, true);
    assert.equal(capabilities?.documentRangeFormattingProvider, true);
  });

  it('leaves the FORMAT.md example as it is', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options,
    });
    assert.deepEqual(edits, []);
  });

  it('formats a messy claim back to the example, and then has nothing to do', async () => {
    const { uri } = await client.open(MESSY);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options,
    });
    assert.equal(edits?.length, 2);
    const document = TextDocument.create(uri, 'claim', 1, MESSY);
    const formatted = TextDocument.applyEdits(document, edits ?? []);
    assert.equal(formatted, FORMAT_EXAMPLE);

    await client.edit(uri, [{ text: formatted }]);
    const again = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options,
    });
    assert.deepEqual(again, []);
  });

  it('formats only the lines of a selection', async () => {
    const { uri } = await client.open(MESSY);
    const line = client.positionOf(uri, 'DX a').line;
    const edits = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
      options,
    });
    assert.deepEqual(
      edits?.map((e) => [e.range.start.line, e.newText]),
      [[line, '  dx A  G58.0']],
    );
  });
});
