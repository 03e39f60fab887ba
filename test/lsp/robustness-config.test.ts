/**
 * Bad configuration in the editor: a missing or malformed PTP folder, payer-profile
 * file or policy file, or an unknown default payer, is one message naming the file
 * and the problem; the defaults stay in force and checks go on. In an untrusted
 * workspace the settings that name files are not read at all.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { expectedDiagnostics } from '../properties/lsp-edits';
import { TestClient } from './client';
import { NOT_BILLABLE } from './fixtures';

const engine = new ClaimEngine(defaultCodeSets());
const FIXTURES = resolve(__dirname, '../fixtures');

describe('robustness: bad configuration in the editor', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'claim-config-'));
    writeFileSync(join(folder, 'payers.json'), '{ "profiles": { "acme": ');
    writeFileSync(join(folder, 'policy.json'), '[1, 2');
    mkdirSync(join(folder, 'ptp-empty'));
    mkdirSync(join(folder, 'ptp-bad'));
    // Ten lines that start like PTP edits and then make no sense: one message, not ten.
    const bad = '64620\t64420\t?\tsoon\tnever\t7\tmade up\n'.repeat(10);
    writeFileSync(join(folder, 'ptp-bad', 'practitioner-ptp.txt'), bad);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const cases: [string, () => Record<string, string>, RegExp][] = [
    ['a missing PTP folder', () => ({ ptpFolder: join(folder, 'gone') }), /PTP folder .*gone/],
    ['a PTP file of bad lines', () => ({ ptpFolder: join(folder, 'ptp-bad') }), /ptp\.txt line 1/],
    ['an empty PTP folder', () => ({ ptpFolder: join(folder, 'ptp-empty') }), /ptp-empty: holds/],
    [
      'a malformed payer-profile file',
      () => ({ payerProfileFile: join(folder, 'payers.json') }),
      /payers\.json: not valid JSON/,
    ],
    [
      'a malformed policy file',
      () => ({ supportPolicyFile: join(folder, 'policy.json') }),
      /policy\.json: not valid JSON/,
    ],
    ['an unknown default payer', () => ({ defaultPayer: 'acme' }), /No payer profile .*"acme"/],
  ];

  for (const [name, settings, says] of cases) {
    it(`${name}: one message, and the checks of the defaults`, async () => {
      const client = await TestClient.start({ settings: settings() });
      try {
        const { diagnostics } = await client.open(NOT_BILLABLE);
        assert.equal(client.shownMessages.length, 1, client.shownMessages.join('\n'));
        assert.match(client.shownMessages[0], says);
        assert.deepEqual(diagnostics, expectedDiagnostics(engine, NOT_BILLABLE));
      } finally {
        await client.stop();
      }
    });
  }

  it('says each problem once, however often the settings are read again', async () => {
    const bad = {
      ptpFolder: join(folder, 'gone'),
      payerProfileFile: join(folder, 'payers.json'),
      supportPolicyFile: join(folder, 'policy.json'),
      defaultPayer: 'acme',
    };
    const client = await TestClient.start({ settings: bad });
    try {
      const { uri } = await client.open(NOT_BILLABLE);
      assert.equal(client.shownMessages.length, 4, client.shownMessages.join('\n'));
      const next = client.nextDiagnostics(uri, 1);
      await client.changeSettings({ ...bad, rules: { 'dx-unused': 'off' } });
      await next;
      assert.equal(client.shownMessages.length, 4, client.shownMessages.join('\n'));
    } finally {
      await client.stop();
    }
  });

  it('reads good files the settings name into the checks', async () => {
    const settings = {
      ptpFolder: join(FIXTURES, 'ptp'),
      payerProfileFile: join(FIXTURES, 'settings/payer-profiles.json'),
      supportPolicyFile: join(FIXTURES, 'settings/dx-support-policy.json'),
      defaultPayer: 'acme',
    };
    const client = await TestClient.start({ settings });
    try {
      const { diagnostics } = await client.open(NOT_BILLABLE.replace('  payer     medicare\n', ''));
      assert.deepEqual(client.shownMessages, []);
      assert.ok(diagnostics.some((d) => d.code === 'code-not-billable'));
    } finally {
      await client.stop();
    }
  });

  it('ignores the settings that name files in an untrusted workspace', async () => {
    const client = await TestClient.start({
      settings: {
        ptpFolder: join(folder, 'gone'),
        payerProfileFile: join(folder, 'payers.json'),
        supportPolicyFile: join(folder, 'policy.json'),
      },
      initializationOptions: { workspaceTrusted: false },
    });
    try {
      const { diagnostics } = await client.open(NOT_BILLABLE);
      assert.deepEqual(client.shownMessages, []);
      assert.ok(client.logs.some((line) => /Untrusted workspace: .*ptpFolder/.test(line)));
      assert.deepEqual(diagnostics, expectedDiagnostics(engine, NOT_BILLABLE));
    } finally {
      await client.stop();
    }
  });
});
