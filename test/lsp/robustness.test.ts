/**
 * The server keeps working on any input: a 50 MB file, a binary file, bytes that
 * were not UTF-8, a burst of typing, and a client that vanishes. Responsiveness is
 * asserted as answers arriving, never as a time; `scripts/bench/large-file.ts`
 * prints the timings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { FORMAT_EXAMPLE, NOT_BILLABLE } from './fixtures';

/** A claim file of about `megabytes` MB: the not-billable example over and over. */
function largeClaimFile(megabytes: number): string {
  return NOT_BILLABLE.repeat(Math.ceil((megabytes * 1_000_000) / NOT_BILLABLE.length));
}

describe('robustness: large and bad files', () => {
  it('a 50 MB file gets one clear message and still answers every request', async () => {
    const client = await TestClient.start();
    try {
      const { uri, diagnostics } = await client.open(largeClaimFile(50));
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'file-too-large');
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
      assert.match(String(diagnostics[0].message), /50\.0 MB.*claim-check/);

      // Deep in the file: hover and completion read the claim at the cursor.
      const dx = client.positionOf(uri, 'G58.0', 1, 50_000);
      const hover = await client.hover(uri, dx);
      assert.match(JSON.stringify(hover?.contents), /G58\.0/);
      const codes = await client.completion(uri, client.positionOf(uri, 'G58.0', 3, 50_000));
      assert.ok(codes.items.some((item) => item.label === 'G58.0'));

      // Typing in it: each edit still answers, and the message stays one message.
      const end = client.endOf(uri);
      const after = await client.edit(uri, [{ range: { start: end, end }, text: '# done\n' }]);
      assert.deepEqual(after.map((d) => d.code), ['file-too-large']);

      const whole = { start: { line: 0, character: 0 }, end: client.endOf(uri) };
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: whole,
        context: { diagnostics: [] },
      });
      assert.ok(Array.isArray(actions));
      const capabilities = client.initializeResult?.capabilities;
      if (capabilities?.documentSymbolProvider) {
        const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, {
          textDocument: { uri },
        });
        assert.ok(symbols === null || Array.isArray(symbols));
      }
      if (capabilities?.foldingRangeProvider) {
        const folds = await client.connection.sendRequest(FoldingRangeRequest.type, {
          textDocument: { uri },
        });
        assert.ok(folds === null || Array.isArray(folds));
      }
    } finally {
      await client.stop();
    }
  });

  it('a binary file gets one message, not a syntax error per line', async () => {
    const client = await TestClient.start();
    try {
      // A UTF-16 export as an editor that took it for UTF-8 would hold it.
      const bom = Buffer.from([0xff, 0xfe]);
      const utf16 = Buffer.concat([bom, Buffer.from(FORMAT_EXAMPLE, 'utf16le')]);
      const { uri, diagnostics } = await client.open(new TextDecoder().decode(utf16));
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [['encoding', DiagnosticSeverity.Error]],
      );
      assert.match(String(diagnostics[0].message), /binary/);
      assert.equal(await client.hover(uri, { line: 0, character: 4 }), null);
    } finally {
      await client.stop();
    }
  });

  it('bytes that were not UTF-8 are reported once, with their line', async () => {
    const client = await TestClient.start();
    try {
      const latin1 = Buffer.from(FORMAT_EXAMPLE.replace('6%', '6% (caf\u00e9)'), 'latin1');
      const { diagnostics } = await client.open(new TextDecoder().decode(latin1));
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.line, d.severity]),
        [['encoding', 19, DiagnosticSeverity.Warning]],
      );
      assert.match(String(diagnostics[0].message), /^Line 20 holds bytes that are not UTF-8/);
    } finally {
      await client.stop();
    }
  });
});

describe('robustness: staying up', () => {
  it('a burst of edits publishes the last version last, and no stale one after it', async () => {
    const client = await TestClient.start();
    try {
      const { uri } = await client.open(NOT_BILLABLE);
      const before = client.published.length;
      let at: Position = client.endOf(uri);
      const typed = '  svc 64620-RT ptr AB units 2\n';
      for (const char of typed.slice(0, -1)) {
        await client.editQuickly(uri, [{ range: { start: at, end: at }, text: char }]);
        at = { line: at.line, character: at.character + 1 };
      }
      const last = await client.edit(uri, [{ range: { start: at, end: at }, text: '\n' }]);
      const lastVersion = typed.length + 1;

      // Any check still queued for an older version would publish within its delay;
      // a second document's check waits out that delay too.
      const other = await client.open(FORMAT_EXAMPLE);
      const end = client.endOf(other.uri);
      await client.edit(other.uri, [{ range: { start: end, end }, text: '# ok\n' }]);

      const versions = client.published
        .slice(before)
        .filter((p) => p.uri === uri)
        .map((p) => p.version);
      assert.equal(versions[versions.length - 1], lastVersion);
      assert.deepEqual(versions, [...versions].sort((a, b) => a! - b!), 'published out of order');
      assert.ok(last.some((d) => d.code === 'code-not-billable'));
    } finally {
      await client.stop();
    }
  });

  it('exits quietly when its client vanishes with a check still waiting', async () => {
    const client = await TestClient.start();
    const stderr: string[] = [];
    client.child.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
    const { uri } = await client.open(NOT_BILLABLE);
    const end = client.endOf(uri);
    await client.editQuickly(uri, [{ range: { start: end, end }, text: 'dx C G89.2\n' }]);
    client.child.stdin?.end();
    assert.equal(await client.waitForExit(), 1);
    assert.equal(stderr.join(''), '');
  });

  it('exits quietly when its client stops reading, instead of failing on every write', async () => {
    const client = await TestClient.start();
    const stderr: string[] = [];
    client.child.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
    const { uri } = await client.open(NOT_BILLABLE);
    client.child.stdout?.destroy();
    const end = client.endOf(uri);
    // The server checks this version and finds nobody to tell.
    await client.editQuickly(uri, [{ range: { start: end, end }, text: 'dx C G89.2\n' }]);
    assert.equal(await client.waitForExit(), 0);
    assert.equal(stderr.join(''), '');
  });
});
