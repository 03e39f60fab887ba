import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from './apply-fix';
import { claimWith, diagnosticsOf, ruleTable } from './harness';

/** One service line of the given code and modifiers, pointing to a real diagnosis. */
const line = (svc: string) => ['dx A G58.0', `svc ${svc} ptr A`];

ruleTable('modifier-not-allowed', [
  { name: '64620 with RT and 59 stays silent', body: line('64620-RT-59'), fires: [] },
  {
    name: '50 on 64620 (bilateral indicator 0)',
    body: line('64620-50'),
    fires: ['modifier-not-allowed@9'],
    says: ['50 is not for 64620', 'bilateral indicator 0'],
    severity: 'error',
  },
  { name: '50 on 64420 (bilateral indicator 1) stays silent', body: line('64420-50'), fires: [] },
  {
    name: '50 on 73560 (bilateral indicator 3: each side paid) stays silent',
    body: line('73560-50'),
    fires: [],
  },
  {
    name: '26 and TC on 64620 (PC/TC indicator 0)',
    body: ['dx A G58.0', 'svc 64620-26 ptr A', 'svc 64620-TC ptr A'],
    fires: ['modifier-not-allowed@9', 'modifier-not-allowed@10'],
    says: ['26 does not apply to 64620', 'PC/TC indicator 0'],
  },
  {
    name: '26 and TC on the guidance codes that split (PC/TC indicator 1) stay silent',
    body: [
      'dx A G58.0',
      'svc 64420 ptr A',
      'svc 77002-26 ptr A',
      'svc 76942-TC ptr A',
      'svc 77003-26 ptr A',
    ],
    fires: [],
  },
  {
    name: '26 on a global test-only code (93000, PC/TC indicator 4)',
    body: line('93000-26'),
    fires: ['modifier-not-allowed@9'],
    says: ['global test-only'],
  },
  {
    name: 'assistants at surgery on 64620 (assistant indicator 1)',
    body: [
      'dx A G58.0',
      'svc 64620-80 ptr A',
      'svc 64620-81 ptr A',
      'svc 64620-82 ptr A',
      'svc 64620-AS ptr A',
    ],
    fires: [
      'modifier-not-allowed@9',
      'modifier-not-allowed@10',
      'modifier-not-allowed@11',
      'modifier-not-allowed@12',
    ],
    says: ['assistant indicator 1'],
  },
  {
    name: 'assistants where documented necessity pays (11451, indicator 0) or always (27447, 2)',
    body: ['dx A G58.0', 'svc 11451-80 ptr A', 'svc 27447-AS ptr A'],
    fires: [],
  },
  {
    name: '62 on 64620 (co-surgeon indicator 0)',
    body: line('64620-62'),
    fires: ['modifier-not-allowed@9'],
    says: ['co-surgeon indicator 0'],
  },
  {
    name: '62 where co-surgeons are paid (27447, 22612)',
    body: [...line('27447-62'), 'svc 22612-62 ptr A'],
    fires: [],
  },
  {
    name: '66 on 64620 (team indicator 0)',
    body: line('64620-66'),
    fires: ['modifier-not-allowed@9'],
    says: ['team indicator 0'],
  },
  { name: '66 where a team is paid (22818, team indicator 2)', body: line('22818-66'), fires: [] },
  {
    name: '51 on an add-on code',
    body: ['dx A G58.0', 'svc 64420 ptr A', 'svc 64421-51 ptr A'],
    fires: ['modifier-not-allowed@10'],
    says: ['51 is not reported on 64421', 'add-on'],
  },
  {
    name: '51 on a primary procedure stays silent',
    body: [...line('64633'), 'svc 64620-51 ptr A'],
    fires: [],
  },
  {
    name: 'a terminated HCPCS modifier is left to code-inactive',
    body: line('64620-GD'),
    fires: [],
  },
  {
    name: 'a malformed or unknown modifier is left to other rules',
    body: line('64620-5-ZZ'),
    fires: [],
  },
]);

test('modifier-not-allowed: 50 on 64620 offers RT (preferred), LT, or removing 50', () => {
  const text = claimWith(line('64620-50'));
  const [found] = diagnosticsOf(text, 'modifier-not-allowed');
  assert.ok(found);
  const fixes = found.fixes ?? [];
  assert.deepEqual(
    fixes.map((fix) => [fix.title, fix.preferred]),
    [
      ['Replace 50 with RT', true],
      ['Replace 50 with LT', false],
      ['Remove modifier 50', false],
    ],
  );
  const wanted = ['svc 64620-RT ptr A', 'svc 64620-LT ptr A', 'svc 64620 ptr A'];
  fixes.forEach((fix, i) => {
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes(wanted[i]), fixed);
    assert.deepEqual(diagnosticsOf(fixed, 'modifier-not-allowed'), [], fixed);
  });
});

test('modifier-not-allowed: 50 on 64620 that already names a side offers only removing 50', () => {
  const [found] = diagnosticsOf(claimWith(line('64620-RT-50')), 'modifier-not-allowed');
  assert.ok(found);
  assert.deepEqual((found.fixes ?? []).map((fix) => fix.title), ['Remove modifier 50']);
});

test('modifier-not-allowed: other ruled-out modifiers keep the single remove fix', () => {
  const [found] = diagnosticsOf(claimWith(line('64620-62')), 'modifier-not-allowed');
  assert.ok(found);
  assert.deepEqual(
    (found.fixes ?? []).map((fix) => [fix.title, fix.preferred]),
    [['Remove modifier 62', true]],
  );
});
