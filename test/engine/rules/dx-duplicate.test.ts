import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from './apply-fix';
import { claimWith, diagnosticsOf, rulesFired, ruleTable } from './harness';

ruleTable('dx-duplicate', [
  {
    name: 'different codes stay silent',
    body: ['dx A G58.0', 'dx B G89.29', 'svc 64620 ptr AB'],
    fires: [],
  },
  {
    name: 'the same code twice, the second written without its dot',
    body: ['dx A G58.0', 'dx B G89.29', 'dx C g580', 'svc 64620 ptr ABC'],
    fires: ['dx-duplicate@10'],
    says: ['G58.0 is listed twice', 'diagnosis C repeats diagnosis A'],
    severity: 'error',
  },
  {
    name: 'a third listing is reported too',
    body: ['dx A G58.0', 'dx B G58.0', 'dx C G58.0', 'svc 64620 ptr A'],
    fires: ['dx-duplicate@9', 'dx-duplicate@10'],
  },
]);

test('dx-duplicate: the fix removes the line and moves its pointers to the first listing', () => {
  const text = claimWith([
    'dx A G58.0',
    'dx B G89.29',
    'dx C G58.0',
    'svc 64620 ptr BC',
    'svc 64620-59 ptr A,C',
  ]);
  const [diagnostic] = diagnosticsOf(text, 'dx-duplicate');
  const fixed = applyFix(text, diagnostic.fixes![0]);
  assert.ok(fixed.includes('svc 64620 ptr BA\n'), fixed);
  assert.ok(fixed.includes('svc 64620-59 ptr A\n'), fixed);
  assert.ok(!fixed.includes('dx C'), fixed);
  assert.deepEqual(rulesFired(fixed, ['dx-duplicate', 'dx-pointer', 'dx-unused']), []);
});
