import { ruleTable } from './harness';

const svc = (pointers: string) => `svc 64620-RT ptr ${pointers}`;

ruleTable('dx-excludes1', [
  {
    name: 'G89.29 with R52 (R52 excludes G89.-, G89 excludes R52)',
    body: ['dx A G89.29', 'dx B R52', svc('AB')],
    fires: ['dx-excludes1@9'],
    says: ['G89.29', 'R52', 'Excludes1 note of', 'ICD-10-CM FY2026'],
    severity: 'error',
  },
  {
    name: 'R52 listed first, G89.29 second: checked both ways',
    body: ['dx A R52', 'dx B G89.29', svc('AB')],
    fires: ['dx-excludes1@9'],
  },
  {
    name: 'a subcategory note covers the codes below it (G89.2 excludes G89.4)',
    body: ['dx A G89.29', 'dx B G89.4', svc('AB')],
    fires: ['dx-excludes1@9'],
    says: ['Excludes1 note of G89.2 (which covers G89.29)', 'chronic pain syndrome (G89.4)'],
  },
  {
    name: 'a range in the note text (R52 excludes chest pain R07.1-R07.9)',
    body: ['dx A R07.2', 'dx B R52', svc('AB')],
    fires: ['dx-excludes1@9'],
    says: ['chest pain (R07.1-R07.9)'],
  },
  {
    name: 'a category range covers the codes below its ends (A05 excludes T61-T62)',
    body: ['dx A A05.0', 'dx B T62.0X1A', svc('AB')],
    fires: ['dx-excludes1@9'],
    says: ['toxic effect of noxious foodstuffs (T61-T62)'],
  },
  {
    name: 'just past the range end stays silent (A05.0 with T63.001A)',
    body: ['dx A A05.0', 'dx B T63.001A', svc('AB')],
    fires: [],
  },
  {
    name: 'three codes, two pairs',
    body: ['dx A G89.29', 'dx B G89.4', 'dx C R52', svc('ABC')],
    fires: ['dx-excludes1@9', 'dx-excludes1@10', 'dx-excludes1@10'],
  },
  {
    name: 'G58.0 with G89.29 stays silent',
    body: ['dx A G58.0', 'dx B G89.29', svc('AB')],
    fires: [],
  },
  {
    name: 'an Excludes2 note stays silent (G89 excludes2 headache syndromes G44.-)',
    body: ['dx A G89.29', 'dx B G44.229', svc('AB')],
    fires: [],
  },
  {
    name: 'siblings under G89.2 stay silent (G89.22 with G89.29)',
    body: ['dx A G89.22', 'dx B G89.29', svc('AB')],
    fires: [],
  },
  { name: 'one diagnosis stays silent', body: ['dx A R52', svc('A')], fires: [] },
]);
