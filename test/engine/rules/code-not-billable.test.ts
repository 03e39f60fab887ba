import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimWith, diagnosticsOf, ruleTable } from './harness';

ruleTable('code-not-billable', [
  {
    name: 'billable codes stay silent, a billable three-character category included',
    body: ['dx A G58.0', 'dx B G89.29', 'dx C R52', 'svc 64620 ptr ABC'],
    fires: [],
  },
  {
    name: 'G89.2 names its four billable codes',
    body: ['dx A G89.2', 'svc 64620 ptr A'],
    fires: ['code-not-billable@8'],
    says: ['G89.2', 'G89.21, G89.22, G89.28, G89.29'],
    severity: 'error',
  },
  {
    name: 'a header written without its dot',
    body: ['dx A g892', 'svc 64620 ptr A'],
    fires: ['code-not-billable@8'],
    says: ['G89.21'],
  },
  {
    name: 'a category with many billable codes names ten and counts the rest',
    body: ['dx A S72', 'svc 64620 ptr A'],
    fires: ['code-not-billable@8'],
    says: ['S72.001A', 'more'],
  },
  {
    name: 'an unknown code is left to code-unknown',
    body: ['dx A G58.5', 'svc 64620 ptr A'],
    fires: [],
  },
]);

test('code-not-billable: one quick fix per billable code, at most ten', () => {
  const [g892] = diagnosticsOf(claimWith(['dx A G89.2', 'svc 64620 ptr A']), 'code-not-billable');
  assert.deepEqual(
    g892.fixes?.map((fix) => fix.edits[0].newText),
    ['G89.21', 'G89.22', 'G89.28', 'G89.29'],
  );
  const [s72] = diagnosticsOf(claimWith(['dx A S72', 'svc 64620 ptr A']), 'code-not-billable');
  assert.equal(s72.fixes?.length, 10);
});
