/**
 * Diagnosis letters over LSP: definition, references, rename (with prepare)
 * and document highlights, through the real server on the FORMAT.md example.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DefinitionRequest,
  DocumentHighlightKind,
  DocumentHighlightRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  type Location,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { FORMAT_EXAMPLE } from './fixtures';

const at = (range: Range) => `${range.start.line}:${range.start.character}`;

describe('diagnosis letters over LSP', () => {
  let client: TestClient;
  let uri: string;
  before(async () => {
    client = await TestClient.start();
    ({ uri } = await client.open(FORMAT_EXAMPLE));
  });
  after(async () => {
    await client.stop();
  });

  it('announces definition, references, rename with prepare, and highlights', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.equal(capabilities?.definitionProvider, true);
    assert.equal(capabilities?.referencesProvider, true);
    assert.deepEqual(capabilities?.renameProvider, { prepareProvider: true });
    assert.equal(capabilities?.documentHighlightProvider, true);
  });

  it('goes from the pointer B to dx B', async () => {
    const result = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: client.positionOf(uri, 'ptr AB', 5),
    })) as Location[];
    assert.deepEqual(
      result.map((location) => [location.uri, at(location.range)]),
      [[uri, '9:5']],
    );
  });

  it('finds the pointers to dx A, with the declaration when asked', async () => {
    const ask = (includeDeclaration: boolean) =>
      client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri },
        position: client.positionOf(uri, 'dx A', 3),
        context: { includeDeclaration },
      });
    assert.deepEqual(
      (await ask(true))?.map((l) => at(l.range)),
      ['8:5', '11:21'],
    );
    assert.deepEqual(
      (await ask(false))?.map((l) => at(l.range)),
      ['11:21'],
    );
  });

  it('prepares and renames dx B to C with its pointer', async () => {
    const position = client.positionOf(uri, 'dx B', 3);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, {
      textDocument: { uri },
      position,
    });
    assert.deepEqual(prepared, {
      range: { start: { line: 9, character: 5 }, end: { line: 9, character: 6 } },
      placeholder: 'B',
    });
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position,
      newName: 'C',
    });
    const edits = edit?.changes?.[uri] ?? [];
    assert.deepEqual(
      edits.map((e) => `${at(e.range)} ${e.newText}`),
      ['9:5 C', '11:22 C'],
    );
  });

  it('refuses to rename to a letter already used, saying why', async () => {
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri },
        position: client.positionOf(uri, 'dx B', 3),
        newName: 'A',
      }),
      (error: unknown) =>
        error instanceof ResponseError && /Letter A is already used by `dx A`/.test(error.message),
    );
  });

  it('refuses to prepare a rename away from a letter', async () => {
    await assert.rejects(
      client.connection.sendRequest(PrepareRenameRequest.type, {
        textDocument: { uri },
        position: client.positionOf(uri, 'medicare', 2),
      }),
      /Only a diagnosis letter/,
    );
  });

  it('highlights dx A (write) and its pointer (read)', async () => {
    const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, {
      textDocument: { uri },
      position: client.positionOf(uri, 'ptr AB', 4),
    });
    assert.deepEqual(
      highlights?.map((h) => [at(h.range), h.kind]),
      [
        ['8:5', DocumentHighlightKind.Write],
        ['11:21', DocumentHighlightKind.Read],
      ],
    );
  });
});
