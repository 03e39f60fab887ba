/**
 * The server over stdio with a real LSP client: the handshake, pushed
 * diagnostics, hover, completion and quick fixes on real code-set data.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentSyncKind,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { labels, rangeOf, TestClient } from './client';
import { claimEndingWith, FORMAT_EXAMPLE, NOT_BILLABLE } from './fixtures';

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  const contents = hover.contents as MarkupContent;
  return contents.value;
}

describe('claim-coding language server', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('announces its features', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.ok(capabilities);
    assert.deepEqual(capabilities.textDocumentSync, {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
    });
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.completionProvider?.triggerCharacters?.includes('-'));
    assert.deepEqual(capabilities.codeActionProvider, {
      codeActionKinds: [CodeActionKind.QuickFix],
    });
    assert.equal(client.initializeResult?.serverInfo?.name, 'claim-coding');
  });

  it('finds no error or warning in the FORMAT.md example', async () => {
    const { diagnostics } = await client.open(FORMAT_EXAMPLE);
    const serious = diagnostics.filter(
      (d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning,
    );
    assert.deepEqual(serious, []);
  });

  it('pushes code-not-billable for dx A G89.2, naming its billable children', async () => {
    const { diagnostics } = await client.open(NOT_BILLABLE);
    const found = diagnostics.find((d) => d.code === 'code-not-billable');
    assert.ok(found, `got ${diagnostics.map((d) => d.code).join(', ')}`);
    assert.equal(found.source, 'claim-coding');
    assert.equal(found.severity, DiagnosticSeverity.Error);
    assert.equal(found.range.start.line, 9);
    for (const child of ['G89.21', 'G89.22', 'G89.28', 'G89.29']) {
      assert.match(String(found.message), new RegExp(child.replace('.', '\\.')));
    }
  });

  it('checks again after an incremental edit', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE);
    const diagnostics = await client.edit(uri, [
      { range: rangeOf(client, uri, 'G89.29'), text: 'G89.2' },
    ]);
    assert.ok(diagnostics.some((d) => d.code === 'code-not-billable'));

    const fixed = await client.edit(uri, [
      { range: rangeOf(client, uri, 'G89.2'), text: 'G89.29' },
    ]);
    assert.ok(!fixed.some((d) => d.code === 'code-not-billable'));
  });

  it('after a burst of edits, the last diagnostics are for the last version', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE);
    let version = 1;
    for (const text of ['G', 'G8', 'G89', 'G89.', 'G89.2']) {
      const start = client.positionOf(uri, 'dx B  ', 6);
      const range = { start, end: client.endOfLine(uri, 'dx B  ') };
      version = await client.editQuickly(uri, [{ range, text }]);
    }
    const last = await client.nextDiagnostics(uri, version);
    assert.ok(last.diagnostics.some((d) => d.code === 'code-not-billable'));

    // A round trip lets anything still queued arrive; nothing older may follow the last version.
    await client.hover(uri, { line: 0, character: 0 });
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.equal(versions.at(-1), version);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  });

  it('checks a burst of changes sent together once, not once per change', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE);
    const before = client.published.length;
    // Thirty changes written at once, as an editor replaying typing or a macro would.
    const sent: Promise<number>[] = [];
    for (let i = 0; i < 30; i++) {
      const at = client.endOfLine(uri, 'dx B  ');
      sent.push(client.editQuickly(uri, [{ range: { start: at, end: at }, text: ' ' }]));
    }
    const versions = await Promise.all(sent);
    await client.nextDiagnostics(uri, versions.at(-1)!);
    const checks = client.published.slice(before).filter((p) => p.uri === uri).length;
    assert.ok(checks < 10, `${checks} checks for 30 changes`);
  });

  it('clears the problems of a closed document', async () => {
    const { uri } = await client.open(NOT_BILLABLE);
    assert.deepEqual(await client.close(uri), []);
  });

  it('hover on G58.0 names Intercostal neuropathy', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE);
    const text = hoverText(await client.hover(uri, client.positionOf(uri, 'G58.0', 2)));
    assert.match(text, /Intercostal neuropathy/);
  });

  it('hover on 208VP0014X names Interventional Pain Medicine', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE);
    const text = hoverText(await client.hover(uri, client.positionOf(uri, '208VP0014X', 3)));
    assert.match(text, /Interventional Pain Medicine/);
  });

  it('hover on a blank line answers null', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE);
    assert.equal(await client.hover(uri, { line: 7, character: 0 }), null);
  });

  it('completion after `dx A intercost` offers G58.0 first', async () => {
    const { uri } = await client.open(claimEndingWith('dx A intercost'));
    const list = await client.completion(uri, client.endOf(uri));
    assert.equal(labels(list.items)[0], 'G58.0');
  });

  it('completion after `svc 64620-` offers RT, LT, 59 and XS', async () => {
    const { uri } = await client.open(claimEndingWith('svc 64620-'));
    const offered = labels((await client.completion(uri, client.endOf(uri))).items);
    for (const modifier of ['RT', 'LT', '59', 'XS']) {
      assert.ok(offered.includes(modifier), `${modifier} missing from ${offered.join(' ')}`);
    }
  });

  it('applies a quick fix for code-not-billable and the problem goes away', async () => {
    const { uri, diagnostics } = await client.open(NOT_BILLABLE);
    const problem = diagnostics.find((d) => d.code === 'code-not-billable');
    assert.ok(problem);
    const actions = await client.codeActions(uri, problem.range, [problem]);
    assert.ok(actions.length > 0, 'expected a quick fix');
    assert.equal(actions[0].kind, CodeActionKind.QuickFix);
    assert.equal(actions[0].diagnostics?.[0]?.code, 'code-not-billable');

    const before = client.text(uri);
    const after = await client.applyCodeAction(uri, actions[0]);
    assert.notEqual(client.text(uri), before);
    assert.ok(!after.some((d) => d.code === 'code-not-billable'));
  });

  it('answers the code-set versions request', async () => {
    const versions = await client.connection.sendRequest<Record<string, string>>(
      'claimCoding/codeSetVersions',
    );
    assert.match(versions.icd10cm, /2026/);
    assert.match(versions.nucc, /25\.1/);
  });

  it('answers requests on unknown documents with empty results and keeps going', async () => {
    const uri = 'file:///tmp/never-opened.claim';
    assert.equal(await client.hover(uri, { line: 0, character: 0 }), null);
    assert.deepEqual((await client.completion(uri, { line: 0, character: 0 })).items, []);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(await client.codeActions(uri, range, []), []);

    const { uri: open } = await client.open(FORMAT_EXAMPLE);
    const far = { line: 999, character: 999 };
    assert.equal(await client.hover(open, far), null);
    assert.ok(hoverText(await client.hover(open, client.positionOf(open, 'G58.0', 1))));
  });
});
