import { ruleTable } from './harness';

ruleTable('dx-manifestation-first', [
  {
    name: 'a manifestation as dx A (D63.1 anemia in chronic kidney disease)',
    body: ['dx A D63.1', 'dx B N18.4', 'svc 64620 ptr AB'],
    fires: ['dx-manifestation-first@8'],
    says: ['D63.1', 'manifestation', 'first-listed', 'Medicare Code Editor'],
    severity: 'error',
  },
  {
    name: 'the underlying condition first, the manifestation second',
    body: ['dx A N18.4', 'dx B D63.1', 'svc 64620 ptr AB'],
    fires: [],
  },
  {
    name: 'no A: the lowest letter stands first',
    body: ['dx C N18.4', 'dx B D63.1', 'svc 64620 ptr BC'],
    fires: ['dx-manifestation-first@9'],
  },
  {
    name: 'an ordinary code first stays silent',
    body: ['dx A G58.0', 'svc 64620 ptr A'],
    fires: [],
  },
]);
