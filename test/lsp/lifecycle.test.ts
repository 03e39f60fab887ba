/**
 * The server's life: it ends when its client goes away, and its log names
 * rules, lines and timings but nothing from the claim.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TestClient } from './client';
import { FORMAT_EXAMPLE, NOT_BILLABLE, PATIENT_WORDS } from './fixtures';

describe('server lifecycle', () => {
  it('exits 0 after shutdown and exit', async () => {
    const client = await TestClient.start();
    await client.open(FORMAT_EXAMPLE);
    assert.equal(await client.stop(), 0);
  });

  it('exits when its client disappears without a shutdown', async () => {
    const client = await TestClient.start();
    await client.open(FORMAT_EXAMPLE);
    client.child.stdin?.end();
    // LSP asks for exit code 1 when the exit came without a shutdown request.
    assert.equal(await client.waitForExit(), 1);
  });

  it('runs over node IPC, as VS Code starts it, and exits when the parent lets go', async () => {
    const client = await TestClient.start({ transport: 'ipc' });
    const { diagnostics } = await client.open(NOT_BILLABLE);
    assert.ok(diagnostics.some((d) => d.code === 'code-not-billable'));
    client.child.disconnect();
    assert.equal(await client.waitForExit(), 0);
  });

  it('logs rule names and line numbers, never the claim text', async () => {
    const client = await TestClient.start();
    try {
      const { uri } = await client.open(NOT_BILLABLE);
      await client.hover(uri, client.positionOf(uri, 'G58.0'));
      await client.completion(uri, client.positionOf(uri, 'G58.0', 3));
      await client.close(uri);

      const log = client.logs.join('\n');
      assert.match(log, /code-not-billable line 10/);
      for (const word of PATIENT_WORDS) assert.ok(!log.includes(word), `log mentions ${word}`);
      assert.ok(!log.includes('file:'), 'log mentions a document URI');
    } finally {
      await client.stop();
    }
  });
});
