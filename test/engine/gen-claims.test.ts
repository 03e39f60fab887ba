/** The claim generator's command line: help on asking, a clear refusal of what it does not know. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const GEN_CLAIMS = resolve(__dirname, '../../scripts/gen-claims.ts');

function genClaims(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', GEN_CLAIMS, ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('gen-claims command line', () => {
  it('prints its usage for --help and exits 0', () => {
    const run = genClaims(['--help']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /usage: gen-claims --claims N --out FILE/);
  });

  it('names an unknown option and exits 2 without a stack trace', () => {
    const run = genClaims(['--bogus']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /gen-claims: Unknown option '--bogus'/);
    assert.match(run.stderr, /usage: gen-claims/);
    assert.doesNotMatch(run.stderr, /at .*parse_args/);
  });
});
