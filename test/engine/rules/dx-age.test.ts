import { ruleTable } from './harness';

const line = 'svc 64620 ptr A';

ruleTable('dx-age', [
  {
    name: 'a pediatric diagnosis for a 62-year-old (E30.1 precocious puberty)',
    body: ['dx A E30.1', line],
    fires: ['dx-age@8'],
    says: ['E30.1', 'pediatric', 'ages 0-17', 'the patient is 62 on 2026-09-15'],
    severity: 'error',
  },
  {
    name: 'a pediatric diagnosis for a 10-year-old stays silent',
    body: ['dx A E30.1', line],
    header: { dob: '2016-01-02' },
    fires: [],
  },
  {
    name: 'an adult diagnosis for a 10-year-old (F01.50 vascular dementia)',
    body: ['dx A F01.50', line],
    header: { dob: '2016-01-02' },
    fires: ['dx-age@8'],
    says: ['adult', 'ages 15-124', 'the patient is 10'],
  },
  {
    name: 'a newborn diagnosis for an adult (A33 tetanus neonatorum)',
    body: ['dx A A33', line],
    fires: ['dx-age@8'],
    says: ['newborn'],
  },
  {
    name: 'age is counted on the date of service: 17 the day before the 18th birthday',
    body: ['dx A E30.1', line],
    header: { dob: '2008-09-16' },
    fires: [],
  },
  {
    name: 'and 18 on the birthday',
    body: ['dx A E30.1', line],
    header: { dob: '2008-09-15' },
    fires: ['dx-age@8'],
  },
  { name: 'a code without an age edit stays silent', body: ['dx A G58.0', line], fires: [] },
  {
    name: 'a claim date before the date of birth: once, on the claim dos',
    body: ['dx A G58.0', line, 'svc 64620 ptr A dos 2026-09-16'],
    header: { dob: '2026-09-20' },
    fires: ['dx-age@6'],
    says: ["The date of service 2026-09-15 is before the patient's date of birth 2026-09-20."],
    severity: 'error',
  },
  {
    name: 'a line date before the date of birth: on the line dos',
    body: ['dx A G58.0', line, 'svc 64620 ptr A dos 2026-09-01'],
    header: { dob: '2026-09-10' },
    fires: ['dx-age@10'],
    says: ['The date of service 2026-09-01 is before'],
  },
  {
    name: 'a date of service on the date of birth stays silent',
    body: ['dx A G58.0', line],
    header: { dob: '2026-09-15' },
    fires: [],
  },
]);
