import { ruleTable } from './harness';

const dx = 'dx A G58.0';

ruleTable('addon-primary', [
  {
    name: '64421 alone',
    body: [dx, 'svc 64421 ptr A'],
    fires: ['addon-primary@9'],
    says: ['64421 is an add-on code (NCCI type 1)', '64420'],
    severity: 'error',
  },
  {
    name: '64421 with 64420 on the same date',
    body: [dx, 'svc 64420 ptr A', 'svc 64421 ptr A units 2'],
    fires: [],
  },
  {
    name: '64421 with 64420 on another date',
    body: [dx, 'svc 64420 ptr A', 'svc 64421 ptr A dos 2026-09-16'],
    fires: ['addon-primary@10'],
    says: ['on 2026-09-16'],
  },
  {
    name: 'line dates that match each other',
    body: [dx, 'svc 64420 ptr A dos 2026-09-16', 'svc 64421 ptr A dos 2026-09-16'],
    fires: [],
  },
  {
    name: '77003 beside only 64620 (64620 is no primary of 77003)',
    body: [dx, 'svc 64620-RT ptr A', 'svc 77003-26 ptr A'],
    fires: ['addon-primary@10'],
    says: ['77003', '62273'],
  },
  {
    name: '77002 beside only 64620',
    body: [dx, 'svc 64620-RT ptr A', 'svc 77002-26 ptr A'],
    fires: ['addon-primary@10'],
  },
  {
    name: '77002 with the intercostal block 64420',
    body: [dx, 'svc 64420 ptr A', 'svc 77002-26 ptr A'],
    fires: [],
  },
  { name: '64634 with 64633', body: [dx, 'svc 64633 ptr A', 'svc 64634 ptr A'], fires: [] },
  {
    name: 'a type 3 add-on without a listed primary is a warning (20701)',
    body: [dx, 'svc 20701 ptr A'],
    fires: ['addon-primary@9'],
    says: ['NCCI type 3', 'may accept another primary'],
    severity: 'warning',
  },
  {
    name: 'a type 3 add-on with one of its listed primaries (64727 with 64708)',
    body: [dx, 'svc 64708 ptr A', 'svc 64727 ptr A'],
    fires: [],
  },
  {
    name: 'a type 2 add-on has no list to check (0054T)',
    body: [dx, 'svc 0054T ptr A'],
    fires: [],
  },
  {
    name: 'an add-on edit not yet in effect on the date of service (64421 from 2020-01-01)',
    body: [dx, 'svc 64421 ptr A'],
    header: { dos: '2019-06-03' },
    fires: [],
  },
  { name: 'a primary procedure alone stays silent', body: [dx, 'svc 64620 ptr A'], fires: [] },
]);
