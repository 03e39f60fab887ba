import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadUserEdits } from '../../server/src/config/user-edits';
import { claimWith, diagnosticsOf, FORMAT_EXAMPLE } from './rules/harness';

const FIXTURES = join(__dirname, '../fixtures');

test('user edit files load into engine options the rules use', () => {
  const { options, problems } = loadUserEdits({
    ptpDir: join(FIXTURES, 'ptp'),
    payerProfileFile: join(FIXTURES, 'settings/payer-profiles.json'),
    supportPolicyFile: join(FIXTURES, 'settings/dx-support-policy.json'),
  });
  assert.deepEqual(problems, []);

  const text = claimWith(['dx A M79.2', 'svc 64620-59 ptr A', 'svc 64420 ptr A']).replace(
    'payer medicare',
    'payer acme',
  );
  assert.deepEqual(diagnosticsOf(text, 'dx-support', options), []);
  assert.equal(diagnosticsOf(text, 'payer-rule', options).length, 1);
  assert.equal(diagnosticsOf(text, 'ncci-pair', options).length, 0, '59 on column one bypasses');
});

test('a bad or missing file gives one message naming it; defaults stay in force', () => {
  const { options, problems } = loadUserEdits({
    payerProfileFile: join(FIXTURES, 'settings/bad-payer-profiles.json'),
    supportPolicyFile: join(FIXTURES, 'settings/missing.json'),
  });
  assert.deepEqual(problems, [
    'bad-payer-profiles.json: profile "acme" has bilateral "sideways"; ' +
      'use one of modifier-50, rt-lt-lines, any.',
    `Policy file ${join(FIXTURES, 'settings/missing.json')}: cannot be read (no such file).`,
  ]);
  assert.deepEqual(options, {});
  const text = claimWith(['dx A G58.0', 'svc 64640-RT ptr A', 'svc 64640-LT ptr A']);
  assert.equal(diagnosticsOf(text, 'payer-rule', options).length, 1, 'medicare still applies');
});

test('the FORMAT.md example raises none of these rules, even with every user file loaded', () => {
  const { options } = loadUserEdits({
    ptpDir: join(FIXTURES, 'ptp'),
    payerProfileFile: join(FIXTURES, 'settings/payer-profiles.json'),
    supportPolicyFile: join(FIXTURES, 'settings/dx-support-policy.json'),
  });
  const rules = [
    'dx-excludes1',
    'dx-support',
    'doc-missing',
    'dx-manifestation-first',
    'dx-age',
    'code-inactive',
    'payer-rule',
    'ncci-pair',
  ];
  for (const rule of rules) {
    assert.deepEqual(diagnosticsOf(FORMAT_EXAMPLE, rule, options), [], rule);
  }
});
