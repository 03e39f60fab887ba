import { claimWith, ruleTable } from './harness';

const ok = ['dx A G58.0', 'svc 64620-RT ptr A units 2'];

ruleTable('code-format', [
  { name: 'a clean claim stays silent', body: ok, fires: [] },
  {
    name: 'ICD-10-CM with or without the dot, any case, stays silent',
    body: ['dx A g580', 'dx B G89.29', 'dx C R52', 'svc 64620 ptr ABC'],
    fires: [],
  },
  {
    name: 'an ICD-10-CM code too short, or with the dot in the wrong place',
    body: ['dx A G5', 'dx B G5.80', 'svc 64620 ptr AB'],
    fires: ['code-format@8', 'code-format@9'],
    says: ['G5 is not an ICD-10-CM code', 'G5.80 is not an ICD-10-CM code'],
    severity: 'error',
  },
  {
    name: 'CPT and HCPCS shapes: five digits, four and F or T, a letter and four digits',
    body: [
      'dx A G58.0',
      'svc 64620 ptr A',
      'svc 0213T ptr A',
      'svc 3008F ptr A',
      'svc J2001 ptr A',
    ],
    fires: [],
  },
  {
    name: 'a procedure code of the wrong shape',
    body: ['dx A G58.0', 'svc 6462 ptr A', 'svc 64620X ptr A', 'svc JJ200 ptr A'],
    fires: ['code-format@9', 'code-format@10', 'code-format@11'],
    says: ['6462 is not a CPT or HCPCS code'],
  },
  {
    name: 'a modifier of one or three characters',
    body: ['dx A G58.0', 'svc 64620-R ptr A', 'svc 64620-RTX ptr A'],
    fires: ['code-format@9', 'code-format@10'],
    says: ['R is not a modifier', 'RTX is not a modifier'],
  },
  {
    name: 'taxonomy, place of service and NPI of the wrong shape',
    text: claimWith(['dx A G58.0', 'svc 64620 ptr A pos 2 npi 123456789'], {
      taxonomy: '208VP0014',
      pos: '245',
      npi: '12345678901',
    }),
    fires: ['code-format@4', 'code-format@4', 'code-format@5', 'code-format@9', 'code-format@9'],
    says: ['not a NUCC taxonomy code', 'not a place of service', 'not an NPI'],
  },
]);
