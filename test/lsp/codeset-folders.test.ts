/**
 * The setting `claimCoding.codeSetFolders` over LSP: the server compiles the
 * folder with `window/workDoneProgress`, checks each claim in the ICD-10-CM year
 * of its date, names a file it cannot read, and tells the client which years are
 * in use. The folder holds the TEST-MADE FY2027 order file of
 * test/engine/codeset-folders-fixture.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ADDED_CODE,
  temporaryCacheDir,
  testMadeFy2027Folder,
  NEEDS_SHARED,
} from '../engine/codeset-folders-fixture';
import { claimWith } from '../engine/rules/harness';
import { editorCapabilities, TestClient } from './client';

const CHANGED = 'claimCoding/codeSetsChanged';

interface Changed {
  icd10cm: string[];
}

function dxRules(diagnostics: { code?: unknown; severity?: number }[]): string[] {
  return diagnostics
    .filter((d) => String(d.code).startsWith('code-'))
    .map((d) => `${String(d.code)}:${d.severity}`);
}

describe('code-set folders over LSP', { skip: NEEDS_SHARED }, () => {
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

  /** A server whose settings name `folders`, recording progress and year announcements. */
  async function start(folders: string[]) {
    const client = await TestClient.start({
      settings: { codeSetFolders: folders },
      capabilities: { ...editorCapabilities(true), window: { workDoneProgress: true } },
      env: { CLAIM_CODING_CACHE_DIR: cacheDir },
    });
    const progress: string[] = [];
    const changes: Changed[] = [];
    let announced: (change: Changed) => void = () => undefined;
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      progress.push(params.value.kind);
    });
    client.connection.onNotification(CHANGED, (change: Changed) => {
      changes.push(change);
      announced(change);
    });
    const nextChange = () => new Promise<Changed>((resolve) => (announced = resolve));
    return { client, progress, changes, nextChange };
  }

  it('checks each date in its year, with progress, and announces the years', async () => {
    const { client, progress, changes } = await start([folder]);
    try {
      const later = await client.open(
        claimWith([`dx A ${ADDED_CODE}`, 'svc 64620-RT ptr A'], {
          dos: '2026-11-02',
        }),
      );
      assert.deepEqual(dxRules(later.diagnostics), []);
      const earlier = await client.open(
        claimWith([`dx A ${ADDED_CODE}`, 'svc 64620-RT ptr A'], {
          dos: '2026-05-01',
        }),
      );
      assert.deepEqual(dxRules(earlier.diagnostics), ['code-inactive:1']);

      assert.equal(progress[0], 'begin');
      assert.equal(progress[progress.length - 1], 'end');
      assert.deepEqual(
        changes.map((c) => c.icd10cm),
        [['FY2026', 'FY2027']],
      );
    } finally {
      await client.stop();
    }
  });

  it('emptying the setting goes back to the bundled year and checks again', async () => {
    const { client, nextChange } = await start([folder]);
    try {
      const { uri, diagnostics } = await client.open(
        claimWith([`dx A ${ADDED_CODE}`, 'svc 64620-RT ptr A'], { dos: '2026-11-02' }),
      );
      assert.deepEqual(dxRules(diagnostics), []);
      const change = nextChange();
      const next = client.nextDiagnostics(uri, 1);
      await client.changeSettings({ codeSetFolders: [] });
      assert.deepEqual((await change).icd10cm, ['FY2026']);
      // FY2027 is no longer loaded: the date's year is named and the code is a warning.
      assert.deepEqual(dxRules((await next).diagnostics), ['code-inactive:2', 'code-unknown:2']);
    } finally {
      await client.stop();
    }
  });

  it('shows a warning that names a file it cannot read', async () => {
    const bad = join(folder, 'broken');
    rmSync(bad, { recursive: true, force: true });
    mkdirSync(bad);
    writeFileSync(join(bad, 'icd10cm-order-2028.txt'), 'not an order file\n');
    const { client } = await start([bad]);
    try {
      await client.open(claimWith(['dx A G58.0', 'svc 64620-RT ptr A']));
      assert.ok(
        client.shownMessages.some((m) => /icd10cm-order-2028\.txt: cannot be read/.test(m)),
        client.shownMessages.join('\n'),
      );
    } finally {
      await client.stop();
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
