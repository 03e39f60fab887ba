import { claimWith, ruleTable } from './harness';

ruleTable('code-unknown', [
  {
    name: 'codes that exist stay silent',
    body: ['dx A G58.0', 'dx B G89.29', 'svc 64620-RT-59 ptr AB', 'svc 77003-26 ptr A pos 22'],
    fires: [],
  },
  {
    name: 'an ICD-10-CM code not in FY2026 is an error',
    body: ['dx A G58.5', 'svc 64620 ptr A'],
    fires: ['code-unknown@8'],
    says: ['G58.5 is not an ICD-10-CM code in'],
    severity: 'error',
  },
  {
    name: 'after FY2026 a missing diagnosis is a warning that names the year',
    body: ['dx A G58.5', 'svc 64620 ptr A'],
    header: { dos: '2026-10-05' },
    fires: ['code-unknown@8'],
    says: ['FY2027', '2026-10-05'],
    severity: 'warning',
  },
  {
    name: 'a 7th character without its placeholder X names the code meant, with a fix',
    body: ['dx A S2231A', 'svc 99283 ptr A'],
    fires: ['code-unknown@8'],
    says: ['Did you mean S22.31XA?'],
    severity: 'error',
  },
  {
    name: 'before ICD-10-CM took effect a missing diagnosis is a warning that says so',
    body: ['dx A G58.5', 'svc 64620 ptr A'],
    header: { dos: '2014-05-01' },
    fires: ['code-unknown@8'],
    says: ['before ICD-10-CM took effect (2015-10-01)'],
    severity: 'warning',
  },
  {
    name: 'a taxonomy code NUCC does not hold (the seed names 363LP0800X)',
    body: ['dx A G58.0', 'svc 64620 ptr A'],
    header: { taxonomy: '363LP0800X' },
    fires: ['code-unknown@4'],
    says: ['363LP0800X is not a taxonomy code in NUCC 25.1'],
    severity: 'error',
  },
  {
    name: 'the real pain taxonomies stay silent',
    text: claimWith(
      ['rendering npi 1234567893 taxonomy 2081P2900X', 'dx A G58.0', 'svc 64620 ptr A'],
      {
        taxonomy: '207LP2900X',
      },
    ),
    fires: [],
  },
  {
    name: 'a place of service not on the CMS list',
    body: ['dx A G58.0', 'svc 64620 ptr A pos 30'],
    header: { pos: '29' },
    fires: ['code-unknown@5', 'code-unknown@9'],
    says: ['29 is not a CMS place of service code', '30 is not'],
  },
  {
    name: 'a modifier that is no CPT or HCPCS modifier',
    body: ['dx A G58.0', 'svc 64620-ZZ ptr A'],
    fires: ['code-unknown@9'],
    says: ['ZZ is no known CPT or HCPCS modifier'],
    severity: 'error',
  },
  {
    name: 'a CPT-shaped code missing from our files is a warning naming the files',
    body: ['dx A G58.0', 'svc 99999 ptr A'],
    fires: ['code-unknown@9'],
    says: ['99999 is not in our procedure files', 'mue'],
    severity: 'warning',
  },
  {
    name: 'malformed codes are left to code-format',
    body: ['dx A G5', 'svc 6462-R ptr A'],
    header: { taxonomy: '363LP08', pos: '2' },
    fires: [],
  },
]);
