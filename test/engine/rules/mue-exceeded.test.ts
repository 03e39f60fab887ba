import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimWith, diagnosticsOf, ruleTable } from './harness';

const dx = 'dx A G58.0';

/** A clean claim billed to another payer than Medicare. */
const aetna = (body: string[]) => claimWith(body).replace('payer medicare', 'payer aetna');

ruleTable('mue-exceeded', [
  {
    name: '64620 at its MUE of 5 stays silent',
    body: [dx, 'svc 64620-RT ptr A units 5'],
    fires: [],
  },
  {
    name: '64620-RT with 6 units',
    body: [dx, 'svc 64620-RT ptr A units 6'],
    fires: ['mue-exceeded@9'],
    says: ['6 units', 'MUE of 5', 'MAI 3', 'per date of service'],
    severity: 'error',
  },
  {
    name: 'two 64620 lines of 3 units on one date (MAI 3 adds lines up)',
    body: [dx, 'svc 64620-RT ptr A units 3', 'svc 64620-LT ptr A units 3'],
    fires: ['mue-exceeded@10'],
    says: ['2 lines of 64620 bill 6 units on 2026-09-15'],
  },
  {
    name: 'two 64620 lines of 3 units on different dates',
    body: [dx, 'svc 64620-RT ptr A units 3', 'svc 64620-LT ptr A units 3 dos 2026-09-22'],
    fires: [],
  },
  {
    name: '64420 twice on one date: MAI 2 is policy, not open to appeal',
    body: [dx, 'svc 64420-RT ptr A', 'svc 64420-LT ptr A'],
    fires: ['mue-exceeded@10'],
    says: ['MUE of 1', 'MAI 2', 'cannot be overridden on appeal'],
  },
  {
    name: '77003 allows one unit per date',
    body: [dx, 'svc 62273 ptr A', 'svc 77003 ptr A units 2'],
    fires: ['mue-exceeded@10'],
  },
  {
    name: 'MAI 1 counts each line alone (A6460, MUE 1)',
    body: [dx, 'svc A6460 ptr A', 'svc A6460-59 ptr A'],
    fires: [],
  },
  {
    name: 'MAI 1 over on one line',
    body: [dx, 'svc A6460 ptr A units 2'],
    fires: ['mue-exceeded@9'],
    says: ['MAI 1', 'per claim line'],
  },
  {
    name: 'a line spanning days is allowed the MUE for each day',
    body: [dx, 'svc 64420 ptr A units 2 dos 2026-09-15 to 2026-09-16'],
    fires: [],
  },
  {
    name: 'three lines over together: the fix trims the line that takes the date over',
    body: [dx, 'svc 64620-RT ptr A units 4', 'svc 64620-LT ptr A units 3', 'svc 64620-59 ptr A'],
    fires: ['mue-exceeded@10'],
    says: ['3 lines of 64620 bill 8 units'],
  },
  {
    name: '99394 has an MUE of 0: a warning that Medicare pays none, even for another payer',
    text: aetna(['dx A Z00.00', 'svc 99394 ptr A']),
    fires: ['mue-exceeded@9'],
    says: ['99394 has an MUE of 0', 'allows no units', 'rationale: CMS Policy', "payer's own"],
    severity: 'warning',
  },
  {
    name: '99393 with units 2 (MUE 0) is the same warning',
    body: ['dx A Z00.00', 'svc 99393 ptr A units 2'],
    fires: ['mue-exceeded@9'],
    says: ['99393 has an MUE of 0'],
    severity: 'warning',
  },
]);

test('mue-exceeded: an MUE of 0 offers no appeal and no units fix', () => {
  const [found] = diagnosticsOf(aetna(['dx A Z00.00', 'svc 99394 ptr A']), 'mue-exceeded');
  assert.ok(found);
  assert.doesNotMatch(found.message, /appeal|1 units/);
  assert.deepEqual(found.fixes ?? [], []);
});
