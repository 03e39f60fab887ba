/**
 * claim-check on 837P files, as a user runs it (`node dist/cli.js`): folders,
 * `--to-markup`, `--format sarif` and `--summary`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseClaimFile } from '../../server/src/engine/markup/parse';
import { FIXTURES, fixture } from './x12-helpers';

const CLI = resolve(__dirname, '../../dist/cli.js');

function claimCheck(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('claim-check on 837P files', () => {
  let folder = '';
  let markup = '';

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'claim-x12-'));
    mkdirSync(join(folder, 'exports'));
    copyFileSync(join(FIXTURES, 'clean.837'), join(folder, 'exports', 'clean.837'));
    copyFileSync(join(FIXTURES, 'findings.837'), join(folder, 'exports', 'findings.edi'));
    copyFileSync(join(FIXTURES, 'one-line.x12'), join(folder, 'exports', 'batch.txt'));
    writeFileSync(join(folder, 'exports', 'readme.txt'), 'Exports from the practice system.\n');
    markup = join(mkdtempSync(join(tmpdir(), 'claim-markup-')), 'a.claim');
    writeFileSync(markup, 'claim A-1\n');
  });

  after(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(resolve(markup, '..'), { recursive: true, force: true });
  });

  it('reports on the element, like a compiler', () => {
    const run = claimCheck([join(FIXTURES, 'findings.837')]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(
      run.stdout,
      /findings\.837:23:27: error npi-checksum: The rendering NPI 1234567890/,
    );
  });

  it('finds .837, .edi and 837P .txt files in a folder, and skips other .txt files', () => {
    const run = claimCheck(['--format', 'json', folder]);
    assert.equal(run.status, 1, run.stderr);
    const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((d) => d.file));
    assert.deepEqual([...files].map((file) => file.slice(folder.length + 1)).sort(), [
      'exports/batch.txt',
      'exports/findings.edi',
    ]);
  });

  it('--to-markup prints claim markup without names', () => {
    const run = claimCheck(['--to-markup', join(FIXTURES, 'findings.837')]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(parseClaimFile(run.stdout).diagnostics, []);
    assert.match(run.stdout, /^claim OFFICE-77$/m);
    assert.doesNotMatch(run.stdout, /DOE|JANE|TEST STREET/);
  });

  it('--to-markup refuses a file that is not an 837P', () => {
    const run = claimCheck(['--to-markup', markup]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /a\.claim is not an X12 837P interchange/);
  });

  it('--format sarif writes one SARIF 2.1.0 run with every diagnostic', () => {
    const json = JSON.parse(claimCheck(['--format', 'json', folder]).stdout);
    const run = claimCheck(['--format', 'sarif', folder]);
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.name, 'claim-check');
    assert.equal(log.runs[0].results.length, json.length);
  });

  it('--summary counts instead of listing, with no progress line off a terminal', () => {
    const run = claimCheck(['--summary', folder]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^3 files checked, 2 with findings; 5 claims, 1 clean\.$/m);
    assert.match(run.stdout, /^ {2}npi-checksum +2 in 2 files$/m);
    assert.match(run.stdout, /^Clean claims:\n {2}.*exports\/clean\.837: ASC-2026-0001$/m);
    assert.doesNotMatch(run.stderr, /Checked \d+ of/);

    const json = JSON.parse(claimCheck(['--summary', '--format', 'json', folder]).stdout);
    assert.equal(json.claims, 5);
    assert.equal(json.cleanClaims, 1);
  });

  it('--format sarif --summary: SARIF on standard output, the summary on standard error', () => {
    const run = claimCheck(['--format', 'sarif', '--summary', join(FIXTURES, 'clean.837')]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).runs[0].results.length, 0);
    assert.match(run.stderr, /1 file checked, 0 with findings; 1 claim, 1 clean\./);
  });

  it('reads an 837P from standard input', () => {
    const run = spawnSync(process.execPath, [CLI, '-'], {
      encoding: 'utf8',
      input: fixture('findings.837'),
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /<stdin>:23:27: error npi-checksum/);
  });
});
