import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPtpFolder } from '../../../server/src/config/ptp';
import { parsePayerProfiles } from '../../../server/src/engine/edits/payers';
import { parsePtpText } from '../../../server/src/engine/edits/ptp';
import { applyFix } from './apply-fix';
import { claimWith, diagnosticsOf, ruleTable } from './harness';

/**
 * PTP edits cannot be bundled, so these tests read a small file in the official
 * layout whose pairs were made up for the tests (its name and first line say so).
 */
const FIXTURES = join(__dirname, '../../fixtures');
const loaded = loadPtpFolder(join(FIXTURES, 'ptp'));
const options = { ptpEdits: loaded.table };
const dx = 'dx A G58.0';

ruleTable('ncci-pair', [
  {
    name: 'indicator 1 without an NCCI-associated modifier',
    body: [dx, 'svc 64620 ptr A', 'svc 64420 ptr A'],
    options,
    fires: ['ncci-pair@10'],
    says: [
      '64420 is the column-two code of an NCCI PTP edit with 64620 on 2026-09-15',
      'modifier indicator 1',
      'TEST-ONLY-practitioner-ptp.txt',
    ],
    severity: 'error',
  },
  {
    name: 'indicator 1, column-two line first: still on the column-two line',
    body: [dx, 'svc 64420 ptr A', 'svc 64620 ptr A'],
    options,
    fires: ['ncci-pair@9'],
  },
  {
    name: 'indicator 1 with 59 on the column-two line stays silent',
    body: [dx, 'svc 64620 ptr A', 'svc 64420-59 ptr A'],
    options,
    fires: [],
  },
  {
    name: 'indicator 1 with XS on the column-two line stays silent',
    body: [dx, 'svc 64620 ptr A', 'svc 64420-XS ptr A'],
    options,
    fires: [],
  },
  {
    name: 'indicator 1 with RT on the column-one line alone fires (no second site)',
    body: [dx, 'svc 64620-RT ptr A', 'svc 64420 ptr A'],
    options,
    fires: ['ncci-pair@10'],
  },
  {
    name: 'indicator 1 with RT on the column-two line alone fires',
    body: [dx, 'svc 64620 ptr A', 'svc 64420-RT ptr A'],
    options,
    fires: ['ncci-pair@10'],
  },
  {
    name: 'indicator 1 with RT on both lines fires (same side)',
    body: [dx, 'svc 64620-RT ptr A', 'svc 64420-RT ptr A'],
    options,
    fires: ['ncci-pair@10'],
  },
  {
    name: 'indicator 1 with RT on one line and LT on the other stays silent',
    body: [dx, 'svc 64620-RT ptr A', 'svc 64420-LT ptr A'],
    options,
    fires: [],
  },
  {
    name: 'indicator 1 with T5 and T6 (different sites) stays silent',
    body: [dx, 'svc 64620-T5 ptr A', 'svc 64420-T6 ptr A'],
    options,
    fires: [],
  },
  {
    name: 'indicator 1 with 59 on the column-one line stays silent',
    body: [dx, 'svc 64620-RT-59 ptr A', 'svc 64420 ptr A'],
    options,
    fires: [],
  },
  {
    name: 'indicator 1 with RT on both lines and XS on one stays silent',
    body: [dx, 'svc 64620-RT ptr A', 'svc 64420-RT-XS ptr A'],
    options,
    fires: [],
  },
  {
    name: 'indicator 0 fires with RT and LT',
    body: [dx, 'svc 64620-RT ptr A', 'svc 64405-LT ptr A'],
    options,
    fires: ['ncci-pair@10'],
  },
  {
    name: 'indicator 1 with 22, which bypasses no edit',
    body: [dx, 'svc 64620 ptr A', 'svc 64420-22 ptr A'],
    options,
    fires: ['ncci-pair@10'],
  },
  {
    name: 'indicator 0 fires with any modifier',
    body: [dx, 'svc 64620-RT ptr A', 'svc 64405-59 ptr A'],
    options,
    fires: ['ncci-pair@10'],
    says: ['modifier indicator 0', 'no modifier bypasses it'],
  },
  {
    name: 'indicator 9 is no edit',
    body: [dx, 'svc 64640 ptr A', 'svc 64450 ptr A'],
    options,
    fires: [],
  },
  {
    name: 'the pair on different dates stays silent',
    body: [dx, 'svc 64620 ptr A', 'svc 64420 ptr A dos 2026-09-16'],
    options,
    fires: [],
  },
  {
    name: 'an edit deleted before the date of service stays silent',
    body: [dx, 'svc 64620 ptr A', 'svc 64421 ptr A'],
    options,
    fires: [],
  },
  {
    name: 'the same edit the day before its deletion date fires',
    body: [dx, 'svc 64620 ptr A', 'svc 64421 ptr A'],
    header: { dos: '2025-12-31' },
    options,
    fires: ['ncci-pair@10'],
  },
  {
    name: 'an edit not yet in effect stays silent',
    body: [dx, 'svc 64620 ptr A', 'svc 64455 ptr A'],
    options,
    fires: [],
  },
  {
    name: 'the same edit from its effective date fires',
    body: [dx, 'svc 64620 ptr A', 'svc 64455 ptr A'],
    header: { dos: '2027-01-01' },
    options,
    fires: ['ncci-pair@10'],
  },
  {
    name: 'no PTP files loaded: nothing to check',
    body: [dx, 'svc 64620 ptr A', 'svc 64405 ptr A'],
    fires: [],
  },
]);

test('ncci-pair: the fixes add 59 or XS to the column-two line and clear the edit', () => {
  const text = claimWith([dx, 'svc 64620 ptr A', 'svc 64420 ptr A']);
  const [diagnostic] = diagnosticsOf(text, 'ncci-pair', options);
  assert.deepEqual(
    diagnostic.fixes!.map((fix) => fix.title),
    [
      'Add modifier 59 to 64420 (services truly distinct)',
      'Add modifier XS to 64420 (services truly distinct)',
    ],
  );
  for (const [fix, written] of diagnostic.fixes!.map((f, i) => [f, ['-59', '-XS'][i]] as const)) {
    const fixed = applyFix(text, fix);
    assert.match(fixed, new RegExp(`svc 64420${written} ptr A`));
    assert.deepEqual(diagnosticsOf(fixed, 'ncci-pair', options), []);
  }
});

test('ncci-pair: a payer that wants X{EPSU} is offered XS only; indicator 0 gets no fix', () => {
  const payers = parsePayerProfiles(
    '{"profiles": {"acme": {"distinctModifier": "x-modifiers"}}}',
    'payers.json',
  );
  const text = claimWith([dx, 'svc 64620-LT ptr A', 'svc 64420-RT-22 ptr A']).replace(
    /payer medicare/,
    'payer acme',
  );
  const withRt = diagnosticsOf(text, 'ncci-pair', { ...options, payerProfiles: payers.profiles });
  assert.deepEqual(withRt, [], 'LT and RT are different sides');
  const plain = text.replace('64420-RT-22', '64420-22');
  const withPayer = { ...options, payerProfiles: payers.profiles };
  const [diagnostic] = diagnosticsOf(plain, 'ncci-pair', withPayer);
  assert.deepEqual(diagnostic.fixes!.map((fix) => fix.title), [
    'Add modifier XS to 64420 (services truly distinct)',
  ]);
  assert.match(applyFix(plain, diagnostic.fixes![0]), /svc 64420-22-XS ptr A/);

  const indicator0 = claimWith([dx, 'svc 64620 ptr A', 'svc 64405 ptr A']);
  const zero = diagnosticsOf(indicator0, 'ncci-pair', options);
  assert.deepEqual(zero[0].fixes, []);
});

test('ncci-pair: the test file reads in the official layout, header lines skipped', () => {
  assert.deepEqual(loaded.problems, []);
  assert.equal(loaded.table?.size, 6);
  assert.deepEqual(loaded.table?.sources, ['TEST-ONLY-practitioner-ptp.txt']);
  const [edit] = loaded.table!.find('64620', '64405');
  assert.deepEqual(edit, {
    column1: '64620',
    column2: '64405',
    effective: '1996-01-01',
    deletion: undefined,
    modifierIndicator: 0,
    rationale: 'Test pair with modifier indicator 0',
    source: 'TEST-ONLY-practitioner-ptp.txt',
  });
});

test('ncci-pair: the same file inside a zip, as CMS ships it', () => {
  const zipped = loadPtpFolder(join(FIXTURES, 'ptp-zip'));
  assert.deepEqual(zipped.problems, []);
  assert.equal(zipped.table?.size, 6);
  assert.deepEqual(zipped.table?.sources, [
    'TEST-ONLY-practitioner-ptp.zip/TEST-ONLY-practitioner-ptp.txt',
  ]);
});

test('ncci-pair: unreadable lines and folders give one message naming the file', () => {
  const text = [
    'Column 1\tColumn 2\t*\tEffective\tDeletion\tModifier\tRationale',
    '64620\t64420\t\t2020-01-01\t*\t1\tdashes in the date',
    '64620\t64405\t\t20200101\t*\t2\tindicator 2',
    '64620\t64450\t\t20200101\t*\t1\tgood',
  ].join('\r\n');
  const parsed = parsePtpText(text, 'mine.txt');
  assert.equal(parsed.edits.length, 1);
  assert.deepEqual(parsed.problems, [
    'mine.txt line 2: effective date "2020-01-01" is not YYYYMMDD',
    'mine.txt line 3: modifier indicator "2" is not 0, 1 or 9',
  ]);
  assert.match(parsePtpText('hello\n', 'x.txt').problems[0], /^x\.txt: no PTP edits found/);

  const missing = loadPtpFolder(join(FIXTURES, 'no-such-folder'));
  assert.equal(missing.table, undefined);
  assert.match(missing.problems[0], /^PTP folder .*no-such-folder: cannot be read \(no such file/);
  const empty = loadPtpFolder(join(FIXTURES, '../engine'));
  assert.match(empty.problems[0], /holds no \.txt or \.zip file/);
});
