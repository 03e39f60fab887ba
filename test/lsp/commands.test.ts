/**
 * The custom requests behind the commands, over LSP: Look Up Code, the
 * documentation template, the dates of service against the ICD-10-CM year, and
 * Check All Claim Files, which publishes diagnostics for files never opened.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from './client';
import { FORMAT_EXAMPLE, NOT_BILLABLE } from './fixtures';

describe('command requests over LSP', () => {
  let client: TestClient;
  let folder: string;
  before(async () => {
    client = await TestClient.start();
    folder = mkdtempSync(join(tmpdir(), 'claim-coding-workspace-'));
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('searches every code set by code and by words', async () => {
    const search = (query: string) =>
      client.connection.sendRequest<{ code: string; codeSet: string }[]>(
        'claimCoding/searchCodes',
        { query },
      );
    assert.deepEqual((await search('g580'))[0], {
      code: 'G58.0',
      kind: 'icd10cm',
      codeSet: 'ICD-10-CM',
      title: 'Intercostal neuropathy',
      detail: 'Intercostal neuropathy',
    });
    const words = (await search('intercostal')).map((item) => `${item.codeSet} ${item.code}`);
    for (const wanted of ['ICD-10-CM G58.0', 'CPT/HCPCS 64420', 'CPT/HCPCS 64620']) {
      assert.ok(words.includes(wanted), `${wanted} in ${words.join(', ')}`);
    }
  });

  it('gives the 64620 note template for a claim without a note', async () => {
    const text = FORMAT_EXAMPLE.slice(0, FORMAT_EXAMPLE.indexOf('\n  note'));
    const { uri } = await client.open(text);
    const found = await client.connection.sendRequest<{ name: string; snippet: string }>(
      'claimCoding/documentationTemplate',
      { textDocument: { uri }, position: client.positionOf(uri, 'svc') },
    );
    assert.equal(found.name, 'Procedure note for 64620');
    assert.match(found.snippet, /^\n {2}note \$\{1:Procedure note\}/);
  });

  it('says when a date of service falls outside the ICD-10-CM year', async () => {
    const { uri } = await client.open(FORMAT_EXAMPLE.replace('2026-09-15', '2026-10-05'));
    const coverage = await client.connection.sendRequest<{
      label: string;
      outside: { date: string; line: number }[];
    }>('claimCoding/dateCoverage', { textDocument: { uri } });
    assert.equal(coverage.label, 'ICD-10-CM FY2026');
    assert.deepEqual(coverage.outside, [{ date: '2026-10-05', line: 6 }]);
  });

  it('checks every claim file in a folder and publishes problems for closed ones', async () => {
    mkdirSync(join(folder, 'claims', 'node_modules'), { recursive: true });
    writeFileSync(join(folder, 'clean.claim'), FORMAT_EXAMPLE);
    writeFileSync(join(folder, 'claims', 'broken.claim'), NOT_BILLABLE);
    writeFileSync(join(folder, 'claims', 'node_modules', 'ignored.claim'), NOT_BILLABLE);
    writeFileSync(join(folder, 'notes.txt'), NOT_BILLABLE);
    const broken = pathToFileURL(join(folder, 'claims', 'broken.claim')).href;
    const clean = pathToFileURL(join(folder, 'clean.claim')).href;
    const published = client.nextDiagnostics(broken, undefined);

    const result = await client.connection.sendRequest('claimCoding/checkWorkspace', {
      folders: [pathToFileURL(folder).href],
    });
    assert.deepEqual(result, {
      files: 2,
      errors: 1,
      warnings: 0,
      filesWithProblems: 1,
      skipped: 0,
      truncated: false,
    });
    const diagnostics = (await published).diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['code-not-billable'],
    );
    assert.deepEqual(client.diagnostics.get(clean)?.diagnostics, []);
  });
});
