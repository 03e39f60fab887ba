/**
 * claim-check on several threads (`--jobs`) says exactly what it says on one,
 * in the same order, over a folder large enough to start the workers.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeClaimFolder } from '../../scripts/gen-claims';

const CLI = resolve(__dirname, '../../dist/cli.js');

function claimCheck(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('claim-check --jobs', () => {
  let folder = '';

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'claim-jobs-'));
    // 100 files: enough for two workers (see FILES_PER_WORKER in cli/jobs.ts).
    writeClaimFolder(folder, 100, 8, 99);
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reports the same diagnostics in the same order on one and on three threads', () => {
    const one = claimCheck(['--format', 'json', '--jobs', '1', folder]);
    const three = claimCheck(['--format', 'json', '--jobs', '3', folder]);
    assert.equal(one.status, 1, one.stderr);
    assert.equal(three.status, one.status, three.stderr);
    const found = JSON.parse(one.stdout) as { file: string }[];
    assert.ok(found.length > 10, 'the generated claims carry some slips');
    assert.equal(new Set(found.map((d) => d.file)).size > 5, true);
    assert.equal(three.stdout, one.stdout);
  });

  it('refuses a number of jobs that is not a whole number from 1', () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const run = claimCheck(['--jobs', jobs, folder]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--jobs takes a whole number from 1/);
    }
  });
});
