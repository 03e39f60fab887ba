import { claimWith, ruleTable } from './harness';

const lines = ['dx A G58.0', 'svc 64620 ptr A'];

ruleTable('npi-checksum', [
  { name: '1234567893 holds its check digit', body: lines, fires: [] },
  {
    name: 'a billing NPI of 1234567890 fails, and the message gives the right last digit',
    body: lines,
    header: { npi: '1234567890' },
    fires: ['npi-checksum@4'],
    says: ['billing NPI 1234567890', 'end in 3'],
    severity: 'error',
  },
  {
    name: 'a rendering NPI',
    body: ['rendering npi 1234567890', ...lines],
    fires: ['npi-checksum@8'],
    says: ['rendering NPI'],
  },
  {
    name: 'a service line NPI',
    body: ['dx A G58.0', 'svc 64620 ptr A npi 1234567890', 'svc 64620-59 ptr A npi 1234567893'],
    fires: ['npi-checksum@9'],
    says: ['service line NPI'],
  },
  {
    name: 'an NPI of the wrong length is left to code-format',
    text: claimWith(lines, { npi: '123456789' }),
    fires: [],
  },
]);
