import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePayerProfiles } from '../../../server/src/engine/edits/payers';
import { applyFix } from './apply-fix';
import { claimWith, diagnosticsOf, ruleTable, type RuleCase } from './harness';

/** A payer-profile file as a user writes it. */
const userFile = parsePayerProfiles(
  JSON.stringify({
    profiles: {
      acme: { name: 'Acme Health', bilateral: 'rt-lt-lines', distinctModifier: 'x-modifiers' },
      plain: { extends: 'medicare', name: 'Plain Plan', distinctModifier: '59' },
    },
  }),
  'payers.json',
);
const options = { payerProfiles: userFile.profiles };

function forPayer(payer: string, body: string[]): string {
  return claimWith(body).replace('payer medicare', `payer ${payer}`);
}

const dx = 'dx A G58.0';

const rows: RuleCase[] = [
  {
    name: 'medicare: 64640-RT and 64640-LT on two lines of one date',
    body: [dx, 'svc 64640-RT ptr A charge 500.00', 'svc 64640-LT ptr A charge 500.00'],
    fires: ['payer-rule@10'],
    says: ['Payer profile "medicare" (Medicare)', 'one line with modifier 50 and 1 unit'],
    severity: 'warning',
  },
  {
    name: 'medicare: RT and LT lines on different dates stay silent',
    body: [dx, 'svc 64640-RT ptr A', 'svc 64640-LT ptr A dos 2026-09-16'],
    fires: [],
  },
  {
    name: 'medicare: RT and LT lines of 64620 (no bilateral adjustment) stay silent',
    body: [dx, 'svc 64620-RT ptr A', 'svc 64620-LT ptr A'],
    fires: [],
  },
  {
    name: 'medicare: one 64640-50 line of 1 unit stays silent',
    body: [dx, 'svc 64640-50 ptr A'],
    fires: [],
  },
  {
    name: 'medicare: a 50 line with 2 units',
    body: [dx, 'svc 64640-50 ptr A units 2'],
    fires: ['payer-rule@9'],
    says: ['with 1 unit'],
  },
  {
    name: 'medicare accepts 59 and XS alike',
    body: [dx, 'svc 64620-59 ptr A', 'svc 64620-XS ptr A dos 2026-09-16'],
    fires: [],
  },
  {
    name: 'aetna: no bundled convention, RT and LT lines stay silent',
    text: forPayer('aetna', [dx, 'svc 64640-RT ptr A', 'svc 64640-LT ptr A']),
    fires: [],
  },
  {
    name: 'a profile from the settings file that wants RT and LT lines',
    text: forPayer('acme', [dx, 'svc 64640-50 ptr A units 1 charge 1001.00']),
    options,
    fires: ['payer-rule@9'],
    says: ['Payer profile "acme" (Acme Health)', 'one with RT and one with LT'],
  },
  {
    name: 'the same profile with RT and LT lines stays silent',
    text: forPayer('acme', [dx, 'svc 64640-RT ptr A', 'svc 64640-LT ptr A']),
    options,
    fires: [],
  },
  {
    name: 'a profile that wants X{EPSU} instead of 59',
    text: forPayer('ACME', [dx, 'svc 64620-RT-59 ptr A']),
    options,
    fires: ['payer-rule@9'],
    says: ['XE, XS, XP or XU', 'instead of 59'],
  },
  {
    name: 'a profile that takes only 59, extending medicare',
    text: forPayer('plain', [dx, 'svc 64620-XS ptr A', 'svc 64640-RT ptr A', 'svc 64640-LT ptr A']),
    options,
    fires: ['payer-rule@9', 'payer-rule@11'],
    says: ['Plain Plan', 'takes 59', 'modifier 50'],
  },
  {
    name: 'a payer name with no profile',
    text: forPayer('acme', [dx, 'svc 64620 ptr A']),
    fires: ['payer-rule@2'],
    says: ['No payer profile is named "acme"', 'medicare, medicaid, aetna, bcbs, cigna, uhc'],
  },
  {
    name: 'the default payer setting applies to a claim without a payer line',
    text: claimWith([dx, 'svc 64640-RT ptr A', 'svc 64640-LT ptr A']).replace(
      '  payer medicare\n',
      '',
    ),
    options: { defaultPayer: 'medicare' },
    fires: ['payer-rule@9'],
  },
];
ruleTable('payer-rule', rows);

test('payer-rule: the merge fix makes one 50 line of 1 unit with both charges', () => {
  const text = claimWith([
    dx,
    'dx B G89.29',
    'svc 64640-RT ptr A units 2 charge 500.00',
    'svc 64640-LT ptr B charge 450.00  # left side',
  ]);
  const [diagnostic] = diagnosticsOf(text, 'payer-rule');
  const fixed = applyFix(text, diagnostic.fixes![0]);
  assert.match(fixed, /\nsvc 64640-50 {2}ptr AB {2}units 1 {2}charge 950\.00\n$/);
  assert.deepEqual(diagnosticsOf(fixed, 'payer-rule'), []);
});

test('payer-rule: the split fix makes RT and LT lines and halves the charge', () => {
  const text = forPayer('acme', [dx, 'svc 64640-50 ptr A units 1 charge 1001.00 pos 22']);
  const [diagnostic] = diagnosticsOf(text, 'payer-rule', options);
  const fixed = applyFix(text, diagnostic.fixes![0]);
  assert.ok(
    fixed.endsWith(
      '\nsvc 64640-RT  ptr A  units 1  charge 500.50  pos 22' +
        '\nsvc 64640-LT  ptr A  units 1  charge 500.50  pos 22\n',
    ),
    fixed,
  );
  assert.deepEqual(diagnosticsOf(fixed, 'payer-rule', options), []);
});

test('payer-rule: the 59 fix offers XS first', () => {
  const text = forPayer('acme', [dx, 'svc 64620-RT-59 ptr A']);
  const [diagnostic] = diagnosticsOf(text, 'payer-rule', options);
  const preferred = diagnostic.fixes!.find((fix) => fix.preferred)!;
  assert.equal(preferred.title, 'Replace 59 with XS (separate structure)');
  assert.match(applyFix(text, preferred), /svc 64620-RT-XS ptr A/);
});

test('payer-rule: a payer-profile file with problems names the file and the profile', () => {
  const bad = parsePayerProfiles(
    JSON.stringify({ profiles: { x: { bilateral: 'both' }, y: { extends: 'nobody' } } }),
    'p.json',
  );
  assert.deepEqual(bad.problems, [
    'p.json: profile "x" has bilateral "both"; use one of modifier-50, rt-lt-lines, any.',
    'p.json: profile "y" extends "nobody", which is no profile.',
  ]);
  assert.match(parsePayerProfiles('nope', 'q.json').problems[0], /^q\.json: not valid JSON/);
});
