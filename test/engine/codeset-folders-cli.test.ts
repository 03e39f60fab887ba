/**
 * claim-check --codesets DIR, run as a user runs it (`node dist/cli.js`, built by
 * `npm test`), with the TEST-MADE FY2027 order file of codeset-folders-fixture.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { claimWith } from './rules/harness';
import {
  ADDED_CODE,
  temporaryCacheDir,
  testMadeFy2027Folder,
  NEEDS_SHARED,
} from './codeset-folders-fixture';

const CLI = resolve(__dirname, '../../dist/cli.js');

interface JsonDiagnostic {
  line: number;
  severity: string;
  rule: string;
  message: string;
}

describe('claim-check --codesets DIR', { skip: NEEDS_SHARED }, () => {
  let folder: string;
  let cacheDir: string;

  before(() => {
    folder = testMadeFy2027Folder();
    cacheDir = temporaryCacheDir();
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  /** Runs the checker on one claim dated `dos`; the compiled packs go to the test's cache. */
  function run(dos: string, extra: string[]) {
    const file = join(folder, `claim-${dos}.claim`);
    writeFileSync(file, claimWith([`dx A ${ADDED_CODE}`, 'svc 64620-RT ptr A'], { dos }));
    const result = spawnSync(process.execPath, [CLI, '--format', 'json', ...extra, file], {
      encoding: 'utf8',
      env: { ...process.env, CLAIM_CODING_CACHE_DIR: cacheDir },
    });
    const found = JSON.parse(result.stdout) as JsonDiagnostic[];
    const dx = found.filter((d) => d.rule.startsWith('code-'));
    return { status: result.status, stderr: result.stderr, dx };
  }

  it(`accepts ${ADDED_CODE} on 2026-11-02 with the folder`, () => {
    const { status, dx } = run('2026-11-02', ['--codesets', folder]);
    assert.deepEqual(dx, []);
    assert.equal(status, 0);
  });

  it(`rejects ${ADDED_CODE} on 2026-05-01 with the folder: exit status 1`, () => {
    const { status, dx } = run('2026-05-01', [`--codesets=${folder}`]);
    assert.deepEqual(
      dx.map((d) => `${d.rule}@${d.line}:${d.severity}`),
      ['code-inactive@8:error'],
    );
    assert.match(dx[0].message, /valid in FY2027/);
    assert.equal(status, 1);
  });

  it('without the folder, a 2026-11 date names FY2027 and the code is only a warning', () => {
    const { status, dx } = run('2026-11-02', []);
    assert.deepEqual(
      dx.map((d) => `${d.rule}@${d.line}:${d.severity}`),
      ['code-inactive@6:warning', 'code-unknown@8:warning'],
    );
    assert.match(dx[0].message, /FY2027/);
    assert.equal(status, 0);
  });

  it('--version lists both ICD-10-CM years', () => {
    const result = spawnSync(process.execPath, [CLI, '--codesets', folder, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, CLAIM_CODING_CACHE_DIR: cacheDir },
    });
    assert.match(result.stdout, /icd10cm: FY2026, FY2027/);
  });

  it('a folder that does not exist is named, the rest is checked, exit status 2', () => {
    const { status, stderr, dx } = run('2026-09-15', ['--codesets', join(folder, 'missing')]);
    assert.match(stderr, /Code-set folder .*missing: cannot be read \(no such file or folder\)/);
    // Checked with the bundled FY2026 alone, where the TEST-MADE code does not exist.
    assert.deepEqual(
      dx.map((d) => `${d.rule}@${d.line}:${d.severity}`),
      ['code-unknown@8:error'],
    );
    assert.equal(status, 2);
  });
});
