/**
 * The unpacked copies of the packs that load at start: written after a first load,
 * read by the next, and never read when cut short or made from other data.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { findDataDir, loadCodeSets } from '../../server/src/engine/codesets/load';

const dataDir = join(mkdtempSync(join(tmpdir(), 'claim-unpacked-')), 'data');
cpSync(findDataDir(), dataDir, {
  recursive: true,
  filter: (source) => !source.includes(`${join('data', 'cache')}`),
});
const unpacked = join(dataDir, 'cache', 'unpacked');

after(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

/** The copies are written in the background: wait for them, up to a few seconds. */
async function copies(count: number): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const found = existsSync(unpacked)
      ? readdirSync(unpacked).filter((f) => f.endsWith('.raw'))
      : [];
    if (found.length >= count) return found;
    await sleep(50);
  }
  assert.fail(`the unpacked copies were not written in ${unpacked}`);
}

function titleOfG580(): string | undefined {
  return loadCodeSets(dataDir).icd10cm.get('G58.0')?.longTitle;
}

describe('unpacked copies of the start-up packs', () => {
  it('are written by a first load and give the same code sets to the next', async () => {
    assert.equal(titleOfG580(), 'Intercostal neuropathy');
    const written = await copies(2);
    assert.deepEqual(written.map((f) => f.replace(/-[0-9a-f]{16}\.raw$/, '')).sort(), [
      'icd10cm-2026.br',
      'procedures.br',
    ]);
    assert.equal(titleOfG580(), 'Intercostal neuropathy');
    assert.ok(loadCodeSets(dataDir).procedures.get('64620'));
  });

  it('are not read when cut short: the pack is decompressed instead', async () => {
    const [icd] = (await copies(2)).filter((f) => f.startsWith('icd10cm'));
    truncateSync(join(unpacked, icd), 1000);
    assert.equal(titleOfG580(), 'Intercostal neuropathy');
  });
});
