/** A file too large to check as you type gets one message and the editor stays responsive. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { NOT_BILLABLE } from './fixtures';

describe('large files', () => {
  it('gives one message past 8 MB; hover and completion read the claim at the cursor', async () => {
    const client = await TestClient.start();
    try {
      // Header codes on every claim would be thousands of errors if it were checked.
      const text = NOT_BILLABLE.repeat(Math.ceil(8_100_000 / NOT_BILLABLE.length));
      const { uri, diagnostics } = await client.open(text);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'file-too-large');
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
      assert.match(String(diagnostics[0].message), /claim-check/);
      const hover = await client.hover(uri, client.positionOf(uri, 'G58.0', 1, 200));
      assert.match(JSON.stringify(hover?.contents), /G58\.0/);
      assert.equal(hover?.range?.start.line, client.positionOf(uri, 'G58.0', 1, 200).line);
      const codes = await client.completion(uri, client.positionOf(uri, 'G58.0', 3, 200));
      assert.ok(codes.items.some((item) => item.label.startsWith('G58')));
    } finally {
      await client.stop();
    }
  });

  it('checks the file again once edits bring it under the limit', async () => {
    const client = await TestClient.start();
    try {
      const filler = `# ${'x'.repeat(8_000_000)}\n`;
      const { uri } = await client.open(filler + NOT_BILLABLE);
      const firstLine = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
      const after = await client.edit(uri, [{ range: firstLine, text: '' }]);
      assert.ok(after.some((d) => d.code === 'code-not-billable'));
      assert.equal(client.text(uri), NOT_BILLABLE);
    } finally {
      await client.stop();
    }
  });
});
