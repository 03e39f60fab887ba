import assert from 'node:assert/strict';
import { test } from 'node:test';
import { icdFiscalYear, fiscalYearSpan } from '../../../server/src/engine/icd-year';
import { diagnosticsOf, claimWith, ruleTable } from './harness';

const line = ['dx A G58.0', 'svc 64620-RT ptr A'];

ruleTable('code-inactive', [
  { name: 'a date in FY2026 stays silent', body: line, fires: [] },
  {
    name: 'a date in FY2027: once per claim, naming the year and its files',
    body: [...line, 'svc 64620-LT ptr A'],
    header: { dos: '2026-11-02' },
    fires: ['code-inactive@6'],
    says: ['FY2027 (2026-10-01 to 2027-09-30)', 'only FY2026', 'icd10cm-order-2027.txt'],
    severity: 'warning',
  },
  {
    name: 'a date before FY2026 names FY2025',
    body: line,
    header: { dos: '2025-09-30' },
    fires: ['code-inactive@6'],
    says: ['FY2025'],
  },
  {
    name: 'the first day of FY2026 stays silent',
    body: line,
    header: { dos: '2025-10-01' },
    fires: [],
  },
  {
    name: 'a line dated in FY2027 on a FY2026 claim: on the line date',
    body: ['dx A G58.0', 'svc 64620-RT ptr A', 'svc 64620-LT ptr A dos 2026-10-01'],
    fires: ['code-inactive@10'],
    says: ['FY2027'],
  },
  {
    name: 'no diagnoses: nothing to check against the year',
    body: ['svc 64620-RT'],
    header: { dos: '2026-11-02' },
    fires: [],
  },
  {
    name: 'a modifier terminated before the date of service (CP, 2017-12-31)',
    body: ['dx A G58.0', 'svc 64620-CP ptr A'],
    fires: ['code-inactive@9'],
    says: ['Modifier CP was terminated on 2017-12-31', 'HCPCS', 'not valid on 2026-09-15'],
    severity: 'error',
  },
  {
    name: 'a modifier on its last valid day stays silent (JG, 2024-12-31)',
    body: ['dx A G58.0', 'svc 64620-JG ptr A'],
    header: { dos: '2024-12-31' },
    fires: ['code-inactive@6'],
    says: ['FY2025'],
  },
  {
    name: 'a modifier before its termination, no diagnoses (CP in 2017)',
    body: ['svc 64620-CP'],
    header: { dos: '2017-06-01' },
    fires: [],
  },
  {
    name: 'a date before 2015-10-01: ICD-10-CM not yet in effect, once per claim',
    body: [...line, 'svc 64620-LT ptr A dos 2014-06-02'],
    header: { dos: '2014-05-01' },
    fires: ['code-inactive@6'],
    says: [
      'The date of service 2014-05-01 is before 2015-10-01',
      'ICD-9-CM applied before',
      'ICD-10-CM was not yet in effect',
    ],
    severity: 'warning',
  },
  {
    name: 'a line dated before 2015-10-01 on a FY2026 claim: on the line date',
    body: [...line, 'svc 64620-LT ptr A dos 2015-09-30'],
    fires: ['code-inactive@10'],
    says: ['The date of service 2015-09-30 is before 2015-10-01'],
  },
  {
    name: 'the first day of ICD-10-CM asks for its year, FY2016, not ICD-9-CM',
    body: line,
    header: { dos: '2015-10-01' },
    fires: ['code-inactive@6'],
    says: ['FY2016 (2015-10-01 to 2016-09-30)'],
  },
  {
    name: 'a date before 2015-10-01 without diagnoses stays silent',
    body: ['svc 64620'],
    header: { dos: '2014-05-01' },
    fires: [],
  },
]);

test('code-inactive: before ICD-10-CM, no year files are asked for', () => {
  const text = claimWith(line, { dos: '2014-05-01' });
  const [warning] = diagnosticsOf(text, 'code-inactive');
  assert.doesNotMatch(warning.message, /FY20|files are missing|icd10cm-order/);
});

test('code-inactive: before ICD-10-CM, code-unknown only warns about a diagnosis', () => {
  const text = claimWith(['dx A G58.5', 'svc 64620 ptr A'], { dos: '2014-05-01' });
  const unknown = diagnosticsOf(text, 'code-unknown');
  assert.deepEqual(unknown.map((d) => d.severity), ['warning']);
});

test('code-inactive: fiscal years run October 1 to September 30', () => {
  assert.equal(icdFiscalYear('2026-09-30'), 2026);
  assert.equal(icdFiscalYear('2026-10-01'), 2027);
  assert.deepEqual(fiscalYearSpan(2027), { from: '2026-10-01', to: '2027-09-30' });
});
