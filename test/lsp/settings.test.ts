/**
 * Settings reach the checks: from `workspace/configuration` (VS Code), from
 * initializationOptions (editors that cannot be asked), and on change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { editorCapabilities, TestClient } from './client';
import { NOT_BILLABLE } from './fixtures';

function ruleSeverity(diagnostics: { code?: unknown; severity?: number }[], rule: string) {
  return diagnostics.find((d) => d.code === rule)?.severity;
}

describe('settings', () => {
  it('reads rule levels through workspace/configuration', async () => {
    const client = await TestClient.start({
      settings: { rules: { 'code-not-billable': 'warning' } },
    });
    try {
      const { diagnostics } = await client.open(NOT_BILLABLE);
      assert.equal(ruleSeverity(diagnostics, 'code-not-billable'), DiagnosticSeverity.Warning);
    } finally {
      await client.stop();
    }
  });

  it('re-checks open documents when the settings change', async () => {
    const client = await TestClient.start();
    try {
      const { uri, diagnostics } = await client.open(NOT_BILLABLE);
      assert.equal(ruleSeverity(diagnostics, 'code-not-billable'), DiagnosticSeverity.Error);

      const next = client.nextDiagnostics(uri, 1);
      await client.changeSettings({ rules: { 'code-not-billable': 'off' } });
      assert.equal(ruleSeverity((await next).diagnostics, 'code-not-billable'), undefined);
    } finally {
      await client.stop();
    }
  });

  it('takes initializationOptions from a client without workspace/configuration', async () => {
    const client = await TestClient.start({
      settings: null,
      capabilities: editorCapabilities(false),
      initializationOptions: { claimCoding: { rules: { 'code-not-billable': 'hint' } } },
    });
    try {
      const { diagnostics } = await client.open(NOT_BILLABLE);
      assert.equal(ruleSeverity(diagnostics, 'code-not-billable'), DiagnosticSeverity.Hint);
    } finally {
      await client.stop();
    }
  });

  it('ignores malformed settings and keeps the defaults', async () => {
    const client = await TestClient.start({
      settings: { rules: { 'code-not-billable': 'loud' }, defaultPayer: 42 },
    });
    try {
      const { diagnostics } = await client.open(NOT_BILLABLE);
      assert.equal(ruleSeverity(diagnostics, 'code-not-billable'), DiagnosticSeverity.Error);
    } finally {
      await client.stop();
    }
  });

  it('says once, naming the file, when the CPT descriptor file cannot be read', async () => {
    const missing = '/tmp/claim-coding-tests/no-such-descriptors.csv';
    const client = await TestClient.start({ settings: { cptDescriptorFile: missing } });
    try {
      const { diagnostics } = await client.open(NOT_BILLABLE);
      assert.ok(diagnostics.some((d) => d.code === 'code-not-billable'));
      assert.equal(client.shownMessages.length, 1);
      assert.match(client.shownMessages[0], /no-such-descriptors\.csv/);
    } finally {
      await client.stop();
    }
  });

  it('ignores the CPT descriptor file in an untrusted workspace', async () => {
    const client = await TestClient.start({
      settings: { cptDescriptorFile: '/tmp/claim-coding-tests/no-such-descriptors.csv' },
      initializationOptions: { workspaceTrusted: false },
    });
    try {
      await client.open(NOT_BILLABLE);
      assert.deepEqual(client.shownMessages, []);
      assert.ok(client.logs.some((line) => /Untrusted workspace/.test(line)));
    } finally {
      await client.stop();
    }
  });
});
