/**
 * Inlay hints and the claim-totals code lens over LSP, and the setting that
 * turns the hints off.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  InlayHintRefreshRequest,
  InlayHintRequest,
} from 'vscode-languageserver-protocol/node';
import { editorCapabilities, TestClient } from './client';
import { FORMAT_EXAMPLE } from './fixtures';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };

function hintsOf(client: TestClient, uri: string) {
  return client.connection.sendRequest(InlayHintRequest.type, {
    textDocument: { uri },
    range: WHOLE,
  });
}

describe('inlay hints and code lens over LSP', () => {
  let client: TestClient;
  let uri: string;
  before(async () => {
    client = await TestClient.start();
    ({ uri } = await client.open(FORMAT_EXAMPLE));
  });
  after(async () => {
    await client.stop();
  });

  it('announces inlay hints and code lens', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.ok(capabilities?.inlayHintProvider);
    assert.ok(capabilities?.codeLensProvider);
  });

  it('puts the short title after each code', async () => {
    const hints = await hintsOf(client, uri);
    assert.deepEqual(
      hints?.map((h) => `${h.position.line}:${h.position.character} ${h.label}`),
      [
        '4:47 Interventional Pain Medicine Physician',
        '5:14 Ambulatory Surgical Center',
        '8:13 Intercostal neuropathy',
        '9:14 Other chronic pain',
        '11:14 Destruction of an intercostal nerve by a neurolytic agent',
        '11:14 RT: Right side',
      ],
    );
    assert.ok(hints?.every((h) => h.paddingLeft === true));
  });

  it('shows the claim totals on the claim line', async () => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, {
      textDocument: { uri },
    });
    assert.deepEqual(
      lenses?.map((lens) => [lens.range.start.line, lens.command?.title]),
      [[1, '1 line · 2 units · $1,700.00 · no problems']],
    );
  });

  it('counts the problems after an edit', async () => {
    const { uri: broken } = await client.open(FORMAT_EXAMPLE.replace('G89.29', 'G89.2'));
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, {
      textDocument: { uri: broken },
    });
    assert.match(lenses?.[0].command?.title ?? '', /1 problem \(1 error\)$/);
  });
});

describe('the inlay hints setting', () => {
  it('turns the hints off with claimCoding.inlayHints.enabled = false', async () => {
    const client = await TestClient.start({ settings: { inlayHints: { enabled: false } } });
    try {
      const { uri } = await client.open(FORMAT_EXAMPLE);
      assert.deepEqual(await hintsOf(client, uri), []);
    } finally {
      await client.stop();
    }
  });

  it('asks the client to refresh its hints when the setting changes', async () => {
    const capabilities = editorCapabilities(true);
    capabilities.workspace = { ...capabilities.workspace, inlayHint: { refreshSupport: true } };
    const client = await TestClient.start({ capabilities });
    try {
      const { uri } = await client.open(FORMAT_EXAMPLE);
      assert.equal((await hintsOf(client, uri))?.length, 6);
      const refreshed = new Promise<void>((resolve) =>
        client.connection.onRequest(InlayHintRefreshRequest.type, () => resolve()),
      );
      await client.changeSettings({ inlayHints: { enabled: false } });
      await refreshed;
      assert.deepEqual(await hintsOf(client, uri), []);
    } finally {
      await client.stop();
    }
  });
});
