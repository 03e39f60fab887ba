import { ruleTable } from './harness';

ruleTable('dx-unused', [
  {
    name: 'every diagnosis pointed to stays silent',
    body: ['dx A G58.0', 'dx B G89.29', 'svc 64620 ptr A', 'svc 64620-59 ptr B'],
    fires: [],
  },
  {
    name: 'a diagnosis no line points to is a warning',
    body: ['dx A G58.0', 'dx B G89.29', 'dx C R52', 'svc 64620 ptr AB'],
    fires: ['dx-unused@10'],
    says: ['Diagnosis C (R52)'],
    severity: 'warning',
  },
  {
    name: 'a line pointing with lower-case letters counts',
    body: ['dx A G58.0', 'dx b G89.29', 'svc 64620 ptr ab'],
    fires: [],
  },
]);
