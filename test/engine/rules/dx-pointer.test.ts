import { ruleTable } from './harness';

ruleTable('dx-pointer', [
  {
    name: 'pointers to existing diagnoses stay silent, run together or comma-separated',
    body: ['dx A G58.0', 'dx B G89.29', 'svc 64620 ptr AB', 'svc 64620-59 ptr B,A'],
    fires: [],
  },
  {
    name: 'a pointer letter with no dx',
    body: ['dx A G58.0', 'svc 64620 ptr AC'],
    fires: ['dx-pointer@9'],
    says: ['Pointer C names no diagnosis'],
    severity: 'error',
  },
  {
    name: 'more than four pointers',
    body: [
      'dx A G58.0',
      'dx B G89.29',
      'dx C R52',
      'dx D M54.6',
      'dx E G58.9',
      'svc 64620 ptr ABCDE',
    ],
    fires: ['dx-pointer@13'],
    says: ['5 diagnosis pointers', 'at most 4'],
  },
  {
    name: 'more than four pointers, comma-separated',
    body: [
      'dx A G58.0',
      'dx B G89.29',
      'dx C R52',
      'dx D M54.6',
      'dx E G58.9',
      'svc 64620 ptr A,B,C,D,E',
    ],
    fires: ['dx-pointer@13'],
  },
  {
    name: 'a service line with no pointer, fixed by pointing it to a diagnosis',
    body: ['dx A G58.0', 'dx B G89.29', 'svc 64620-RT units 2'],
    fires: ['dx-pointer@10'],
    says: ['64620 points to no diagnosis'],
  },
  {
    name: 'a service line with no pointer on a claim with no diagnosis has no fix to offer',
    body: ['svc 64620'],
    fires: ['dx-pointer@8'],
  },
]);
