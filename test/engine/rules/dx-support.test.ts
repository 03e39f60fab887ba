import assert from 'node:assert/strict';
import { test } from 'node:test';
import policyTable from '../../../data/policy/dx-support.json';
import { parseSupportPolicy } from '../../../server/src/engine/edits/support-policy';
import { realCodeSets, ruleTable } from './harness';

/** A user's policy file: extends 64620 with M79.2 and adds a policy for 64420. */
const userPolicy = parseSupportPolicy(
  JSON.stringify({
    procedures: {
      '64620': { diagnoses: ['M79.2'] },
      '64420': { diagnoses: [{ code: 'G58.-', title: 'Other mononeuropathies' }] },
    },
  }),
  'my-policy.json',
);
const replacing = parseSupportPolicy(
  JSON.stringify({ procedures: { '64620': { replace: true, diagnoses: ['M79.2'] } } }),
  'narrow-policy.json',
);

ruleTable('dx-support', [
  {
    name: 'a line pointing only to a diagnosis the policy does not list',
    body: ['dx A M79.2', 'svc 64620-RT ptr A'],
    fires: ['dx-support@9'],
    says: ['M79.2', '64620', 'G58.0 Intercostal neuropathy', 'built-in policy 2026-12'],
    severity: 'warning',
  },
  {
    name: 'one supporting diagnosis among the pointers is enough',
    body: ['dx A M79.2', 'dx B G58.0', 'svc 64620-RT ptr AB'],
    fires: [],
  },
  {
    name: 'each corrected seed diagnosis supports 64620',
    body: [
      'dx A G89.29',
      'dx B G89.4',
      'dx C G58.9',
      'dx D M54.6',
      'dx E R52',
      'dx F G89.22',
      'svc 64620 ptr A',
      'svc 64620 ptr B',
      'svc 64620 ptr C',
      'svc 64620 ptr D',
      'svc 64620 ptr E dos 2026-09-16',
      'svc 64620 ptr F dos 2026-09-17',
    ],
    fires: [],
  },
  {
    name: 'the diagnosis on the claim but not pointed to by the line does not count',
    body: ['dx A G58.0', 'dx B M79.2', 'svc 64620 ptr B'],
    fires: ['dx-support@10'],
  },
  {
    name: 'a procedure with no policy stays silent',
    body: ['dx A M79.2', 'svc 64420 ptr A'],
    fires: [],
  },
  {
    name: "a user's file extends the built-in list",
    body: ['dx A M79.2', 'svc 64620 ptr A'],
    options: { supportPolicy: userPolicy },
    fires: [],
  },
  {
    name: "a user's file adds a procedure, with a category prefix (G58.-)",
    body: ['dx A M79.2', 'dx B G58.8', 'svc 64420 ptr A', 'svc 64420 ptr B dos 2026-09-16'],
    options: { supportPolicy: userPolicy },
    fires: ['dx-support@10'],
    says: ['my-policy.json'],
  },
  {
    name: "a user's file may replace a built-in list",
    body: ['dx A G58.0', 'svc 64620 ptr A'],
    options: { supportPolicy: replacing },
    fires: ['dx-support@9'],
    says: ['narrow-policy.json'],
  },
]);

test('dx-support: every built-in policy diagnosis is billable in FY2026, titled as there', () => {
  const icd = realCodeSets().icd10cm;
  for (const [procedure, entry] of Object.entries(policyTable.procedures)) {
    for (const { code, title } of entry.diagnoses) {
      const known = icd.get(code);
      assert.ok(known?.billable, `${procedure}: ${code} is no billable code`);
      assert.equal(title, known.longTitle, `${procedure}: ${code} title`);
    }
  }
});

test('dx-support: a policy file with problems names the file and the entry', () => {
  const file = '{"procedures": {"64620": {"diagnoses": ["not a code"]}}}';
  const bad = parseSupportPolicy(file, 'x.json');
  assert.deepEqual(bad.problems.length, 1);
  assert.match(bad.problems[0], /^x\.json: procedure "64620" has a diagnosis "not a code"/);
  assert.match(parseSupportPolicy('{', 'y.json').problems[0], /^y\.json: not valid JSON/);
  assert.match(parseSupportPolicy('[]', 'z.json').problems[0], /^z\.json: expected an object/);
});
