import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outcomeOf, ProgressLine, Summary } from '../../server/src/cli/summary';
import { engine, fixture } from './x12-helpers';

const MARKUP = [
  'claim CLEAN-1',
  '  payer medicare',
  '  patient dob 1964-03-12 sex F',
  '  billing npi 1234567893 taxonomy 208VP0014X',
  '  pos 24',
  '  dx A G58.0',
  '  svc 64620-RT ptr A units 1 charge 850.00 dos 2026-09-15',
  'claim BAD-NPI-2',
  '  payer medicare',
  '  patient dob 1964-03-12 sex F',
  '  billing npi 1234567890 taxonomy 208VP0014X',
  '  pos 24',
  '  dx A G58.0',
  '  svc 64620-RT ptr A units 1 charge 850.00 dos 2026-09-15',
  '',
].join('\n');

function outcome(path: string, text: string) {
  // doc-missing is off here as for an 837P: these claims carry no procedure note.
  const { claims, diagnostics } = engine({ ruleLevels: { 'doc-missing': 'off' } }).checkBatch(
    text,
    path,
  );
  return outcomeOf(path, claims, diagnostics);
}

describe('--summary', () => {
  it('a claim is clean when no diagnostic is about it', () => {
    const markup = outcome('two.claim', MARKUP);
    assert.deepEqual(markup.cleanClaims, ['CLEAN-1']);
    assert.deepEqual([...markup.byRule], [['npi-checksum', 1]]);
  });

  it('in an 837P, a finding on a shared loop counts against each claim under it', () => {
    const shared = fixture('clean.837').replace('XX*1234567893~\nN3', 'XX*1234567890~\nN3');
    const result = outcome('shared.837', shared);
    assert.equal(result.claims, 1);
    assert.deepEqual(result.cleanClaims, []);
    assert.deepEqual(outcome('clean.837', fixture('clean.837')).cleanClaims, ['ASC-2026-0001']);
  });

  it('counts per rule and per file, and lists the clean claims', () => {
    const summary = new Summary();
    summary.add(outcome('x12/clean.837', fixture('clean.837')));
    summary.add(outcome('x12/findings.837', fixture('findings.837')));
    summary.add(outcome('two.claim', MARKUP));
    assert.equal(
      summary.formatText(),
      [
        '3 files checked, 2 with findings; 5 claims, 2 clean.',
        'Findings: 4 errors, 3 warnings.',
        '',
        'By rule:',
        '  dx-unused               2 in 1 file',
        '  npi-checksum            2 in 2 files',
        '  code-not-billable       1 in 1 file',
        '  dx-pointer              1 in 1 file',
        '  payer-rule              1 in 1 file',
        '',
        'By file:',
        '  x12/findings.837: 3 errors, 3 warnings (0 of 2 claims clean)',
        '  two.claim: 1 error (1 of 2 claims clean)',
        '',
        'Clean claims:',
        '  x12/clean.837: ASC-2026-0001',
        '  two.claim: CLEAN-1',
      ].join('\n'),
    );
    const json = JSON.parse(summary.formatJson());
    assert.equal(json.cleanClaims, 2);
    assert.deepEqual(json.byRule['npi-checksum'], { count: 2, files: 2 });
    assert.deepEqual(json.clean[0], { file: 'x12/clean.837', claim: 'ASC-2026-0001' });
  });

  it('an empty batch says so', () => {
    assert.equal(
      new Summary().formatText(),
      '0 files checked, 0 with findings; 0 claims, 0 clean.',
    );
  });
});

describe('progress line', () => {
  function stream(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) };
  }

  it('is drawn on a terminal, at most once per percent, and cleared at the end', () => {
    const terminal = stream(true);
    const progress = new ProgressLine(terminal, 400);
    for (let done = 1; done <= 400; done++) progress.update(done);
    progress.done();
    assert.equal(terminal.written.length, 102);
    assert.equal(terminal.written[0], '\r\x1b[KChecked 1 of 400 files (0%)');
    assert.equal(terminal.written[100], '\r\x1b[KChecked 400 of 400 files (100%)');
    assert.equal(terminal.written[101], '\r\x1b[K');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const pipe = stream(false);
    const progress = new ProgressLine(pipe, 10);
    for (let done = 1; done <= 10; done++) progress.update(done);
    progress.done();
    assert.deepEqual(pipe.written, []);
  });
});
