import { ruleTable } from './harness';

const dx = 'dx A G58.0';

ruleTable('mue-exceeded', [
  {
    name: '64620 at its MUE of 5 stays silent',
    body: [dx, 'svc 64620-RT ptr A units 5'],
    fires: [],
  },
  {
    name: '64620-RT with 6 units',
    body: [dx, 'svc 64620-RT ptr A units 6'],
    fires: ['mue-exceeded@9'],
    says: ['6 units', 'MUE of 5', 'MAI 3', 'per date of service'],
    severity: 'error',
  },
  {
    name: 'two 64620 lines of 3 units on one date (MAI 3 adds lines up)',
    body: [dx, 'svc 64620-RT ptr A units 3', 'svc 64620-LT ptr A units 3'],
    fires: ['mue-exceeded@10'],
    says: ['2 lines of 64620 bill 6 units on 2026-09-15'],
  },
  {
    name: 'two 64620 lines of 3 units on different dates',
    body: [dx, 'svc 64620-RT ptr A units 3', 'svc 64620-LT ptr A units 3 dos 2026-09-22'],
    fires: [],
  },
  {
    name: '64420 twice on one date: MAI 2 is policy, not open to appeal',
    body: [dx, 'svc 64420-RT ptr A', 'svc 64420-LT ptr A'],
    fires: ['mue-exceeded@10'],
    says: ['MUE of 1', 'MAI 2', 'cannot be overridden on appeal'],
  },
  {
    name: '77003 allows one unit per date',
    body: [dx, 'svc 62273 ptr A', 'svc 77003 ptr A units 2'],
    fires: ['mue-exceeded@10'],
  },
  {
    name: 'MAI 1 counts each line alone (A6460, MUE 1)',
    body: [dx, 'svc A6460 ptr A', 'svc A6460-59 ptr A'],
    fires: [],
  },
  {
    name: 'MAI 1 over on one line',
    body: [dx, 'svc A6460 ptr A units 2'],
    fires: ['mue-exceeded@9'],
    says: ['MAI 1', 'per claim line'],
  },
  {
    name: 'a line spanning days is allowed the MUE for each day',
    body: [dx, 'svc 64420 ptr A units 2 dos 2026-09-15 to 2026-09-16'],
    fires: [],
  },
  {
    name: 'three lines over together: the fix trims the line that takes the date over',
    body: [dx, 'svc 64620-RT ptr A units 4', 'svc 64620-LT ptr A units 3', 'svc 64620-59 ptr A'],
    fires: ['mue-exceeded@10'],
    says: ['3 lines of 64620 bill 8 units'],
  },
]);
