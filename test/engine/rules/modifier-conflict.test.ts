import { ruleTable } from './harness';

const line = (svc: string) => ['dx A G58.0', `svc ${svc} ptr A`];

ruleTable('modifier-conflict', [
  { name: 'RT with 59 stays silent', body: line('64620-RT-59'), fires: [] },
  {
    name: 'RT and LT on separate lines stay silent',
    body: [...line('64620-RT'), 'svc 64620-LT ptr A'],
    fires: [],
  },
  {
    name: 'RT with LT',
    body: line('64620-RT-LT'),
    fires: ['modifier-conflict@9'],
    says: ['RT and LT cannot stand together'],
    severity: 'error',
  },
  {
    name: '50 with RT',
    body: line('64420-50-RT'),
    fires: ['modifier-conflict@9'],
    says: ['50 and RT'],
  },
  { name: '50 with LT, LT first', body: line('64420-LT-50'), fires: ['modifier-conflict@9'] },
  { name: '52 with 53', body: line('64620-52-53'), fires: ['modifier-conflict@9'] },
  { name: '76 with 77', body: line('64620-77-76'), fires: ['modifier-conflict@9'] },
  { name: '26 with TC', body: line('77002-26-TC'), fires: ['modifier-conflict@9'] },
  {
    name: '59 with XS: the fix offered first removes 59',
    body: line('64620-XS-59'),
    fires: ['modifier-conflict@9'],
    says: ['59 and XS'],
  },
  {
    name: '59 with XE, XP or XU',
    body: [...line('64620-59-XE'), 'svc 64620-XP-59 ptr A', 'svc 64620-59-XU ptr A'],
    fires: ['modifier-conflict@9', 'modifier-conflict@10', 'modifier-conflict@11'],
  },
  {
    name: 'the same modifier twice',
    body: line('64620-RT-RT'),
    fires: ['modifier-conflict@9'],
    says: ['RT is on this line twice'],
  },
  {
    name: 'more than four modifiers',
    body: line('64620-RT-59-22-KX-GA'),
    fires: ['modifier-conflict@9'],
    says: ['5 modifiers'],
  },
  { name: 'four modifiers stay silent', body: line('64620-RT-59-22-KX'), fires: [] },
]);
