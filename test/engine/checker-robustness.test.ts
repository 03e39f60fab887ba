/**
 * claim-check on what coders' systems really hand it: binary files, bytes that
 * are not UTF-8, quoted glob patterns, paths that cannot be read, and missing or
 * malformed configuration files. Each problem is one message; the rest is checked.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FORMAT_EXAMPLE, NOT_BILLABLE } from '../lsp/fixtures';

const CLI = resolve(__dirname, '../../dist/cli.js');

function claimCheck(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The `file:line: severity rule` part of each output line. */
function found(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => /^(.*?):(\d+):\d+: (\w+) ([\w-]+):/.exec(line))
    .map((match) => (match ? `${match[1]}:${match[2]} ${match[3]} ${match[4]}` : 'unparsed'));
}

describe('claim-check: odd inputs', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'claim-check-odd-'));
    mkdirSync(join(folder, 'day1', 'late'), { recursive: true });
    writeFileSync(join(folder, 'day1', 'a.claim'), FORMAT_EXAMPLE);
    writeFileSync(join(folder, 'day1', 'late', 'b.claim'), NOT_BILLABLE);
    writeFileSync(join(folder, 'day1', 'notes.txt'), 'dx A G89.2\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reports bytes that are not UTF-8 once, with their line', () => {
    const file = join(folder, 'latin1.claim');
    writeFileSync(file, Buffer.from(FORMAT_EXAMPLE.replace('6%', '6% (café)'), 'latin1'));
    const run = claimCheck([file]);
    assert.deepEqual(found(run.stdout), [`${file}:20 warning encoding`]);
    assert.match(run.stdout, /Line 20 holds bytes that are not UTF-8/);
    assert.equal(run.status, 0);
  });

  it('gives a binary file one error, not a line per byte', () => {
    const file = join(folder, 'scan.claim');
    const bom = Buffer.from([0xff, 0xfe]);
    const utf16 = Buffer.concat([bom, Buffer.from(NOT_BILLABLE, 'utf16le')]);
    writeFileSync(file, utf16);
    const run = claimCheck([file]);
    assert.deepEqual(found(run.stdout), [`${file}:1 error encoding`]);
    assert.equal(run.status, 1);
  });

  it('expands a quoted glob pattern, recursively with **', () => {
    const flat = claimCheck([`${folder}/day1/*.claim`]);
    assert.equal(flat.status, 0, flat.stderr);
    assert.match(flat.stderr, /^1 file checked/m);

    const deep = claimCheck([`${folder}/day1/**/*.claim`]);
    assert.equal(deep.status, 1);
    assert.deepEqual(
      [...new Set(found(deep.stdout).map((line) => line.split(':')[0]))],
      [join(folder, 'day1', 'late', 'b.claim')],
    );
    assert.match(deep.stderr, /^2 files checked/m);
  });

  it('says when a pattern matches nothing, and exits 2 after checking the rest', () => {
    const run = claimCheck([`${folder}/day9/*.claim`, join(folder, 'day1', 'a.claim')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no files match .*day9\/\*\.claim/);
    assert.match(run.stderr, /^1 file checked/m);
  });

  it('names a path it cannot read (a dangling link) and checks the others', () => {
    const link = join(folder, 'gone.claim');
    symlinkSync(join(folder, 'nowhere.claim'), link);
    const run = claimCheck([link, '-'], NOT_BILLABLE);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read .*gone\.claim: no such file or folder/);
    assert.ok(found(run.stdout).includes('<stdin>:10 error code-not-billable'));
  });

  it('never writes to its inputs, whatever they hold', () => {
    const files = [join(folder, 'day1', 'a.claim'), join(folder, 'day1', 'late', 'b.claim')];
    const before = files.map((file) => [readFileSync(file, 'utf8'), statSync(file).mtimeMs]);
    claimCheck([`${folder}/**/*.claim`, folder]);
    const after = files.map((file) => [readFileSync(file, 'utf8'), statSync(file).mtimeMs]);
    assert.deepEqual(after, before);
  });

  it('documents its inputs and exit codes in --help', () => {
    const help = claimCheck(['--help']).stdout;
    assert.match(help, /glob patterns/);
    assert.match(help, /- reads standard input/);
    assert.match(help, /Exit status: 0 no errors, 1 at least one error, 2 usage error/);
  });
});

describe('claim-check: bad configuration', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'claim-check-config-'));
    writeFileSync(join(folder, 'payers.json'), '{ "profiles": { "acme": ');
    writeFileSync(join(folder, 'policy.json'), 'not json\nat all\n');
    writeFileSync(join(folder, 'descriptors.csv'), 'no commas here\n');
    mkdirSync(join(folder, 'ptp-empty'));
    mkdirSync(join(folder, 'ptp-bad'));
    // Ten lines that start like PTP edits and then make no sense.
    const bad = '64620\t64420\t?\tsoon\tnever\t7\tmade up\n'.repeat(10);
    writeFileSync(join(folder, 'ptp-bad', 'practitioner-ptp.txt'), bad);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const cases: [string, string[], RegExp][] = [
    ['a missing PTP folder', ['--ptp', 'PTP-MISSING'], /PTP folder .*PTP-MISSING: cannot be read/],
    ['a PTP folder without PTP files', ['--ptp', 'ptp-empty'], /PTP folder .*ptp-empty: holds no/],
    ['a PTP file of bad lines', ['--ptp', 'ptp-bad'], /practitioner-ptp\.txt line 1: .*more/],
    ['a PTP "folder" that is a file', ['--ptp', 'payers.json'], /payers\.json: not a folder/],
    ['a malformed payer-profile file', ['--payer-profiles', 'payers.json'], /payers\.json: not/],
    ['a missing policy file', ['--support-policy', 'none.json'], /none\.json: cannot be read/],
    ['a malformed policy file', ['--support-policy', 'policy.json'], /policy\.json: not valid/],
    ['a missing CPT descriptor file', ['--cpt-descriptors', 'none.csv'], /none\.csv/],
    ['a malformed CPT descriptor file', ['--cpt-descriptors', 'descriptors.csv'], /descriptors/],
    ['an unknown default payer', ['--default-payer', 'acme'], /No payer profile is named "acme"/],
  ];

  let baseline: string[] | undefined;
  for (const [name, option, says] of cases) {
    it(`${name}: one message naming it, the defaults in force, exit 2`, () => {
      const args = option.map((arg, i) => (i === 1 && arg !== 'acme' ? join(folder, arg) : arg));
      const run = claimCheck([...args, '-'], NOT_BILLABLE);
      const messages = run.stderr.split('\n').filter((line) => line.startsWith('claim-check: '));
      assert.equal(messages.length, 1, run.stderr);
      assert.match(messages[0], says);
      // The check itself ran as without the option.
      baseline ??= found(claimCheck(['-'], NOT_BILLABLE).stdout);
      assert.deepEqual(found(run.stdout), baseline);
      assert.equal(run.status, 2);
    });
  }
});
