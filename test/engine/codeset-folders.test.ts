/**
 * Code sets from a user's folder, chosen by date of service: a TEST-MADE FY2027
 * order file beside the bundled FY2026 (see codeset-folders-fixture.ts), and the
 * real FY2026 files of ../shared/codesets imported through a folder.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { zipSync } from 'fflate';
import {
  loadCodeSetFolders,
  type CodeSetFolderResult,
  type CodeSetProgress,
} from '../../server/src/config/codeset-folder';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import type { CodeSets } from '../../server/src/engine/codesets/types';
import { icdReplacement } from '../../server/src/engine/icd-replacement';
import { icdYearFor } from '../../server/src/engine/icd-years';
import { ClaimEngine } from '../../server/src/engine/index';
import type { Diagnostic } from '../../server/src/engine/model';
import { claimWith } from './rules/harness';
import {
  ADDED_CODE,
  REMOVED_CODE,
  SHARED_CODESETS,
  temporaryCacheDir,
  testMadeFy2027Folder,
  testMadeFy2027Order,
  NEEDS_SHARED,
} from './codeset-folders-fixture';

const EXAMPLES = resolve(__dirname, '../../examples');
const bundled = defaultCodeSets();

/** A claim with one diagnosis on one 64620 line, dated `dos`. */
function claimOn(dos: string, code: string): string {
  return claimWith([`dx A ${code}`, 'svc 64620-RT ptr A'], { dos });
}

function check(codeSets: CodeSets, text: string, rules?: string[]): Diagnostic[] {
  const found = new ClaimEngine(codeSets).check(text, 'test.claim').diagnostics;
  return rules ? found.filter((d) => rules.includes(d.rule)) : found;
}

const DX_RULES = ['code-unknown', 'code-inactive', 'code-not-billable'];

describe('a folder with a TEST-MADE FY2027 order file', { skip: NEEDS_SHARED }, () => {
  let folder: string;
  let cacheDir: string;
  let loaded: CodeSetFolderResult;
  const progress: CodeSetProgress[] = [];

  before(async () => {
    folder = testMadeFy2027Folder();
    cacheDir = temporaryCacheDir();
    loaded = await loadCodeSetFolders({
      folders: [folder],
      cacheDir,
      base: bundled,
      onProgress: (p) => progress.push(p),
    });
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('loads FY2027 beside the bundled FY2026, with no problem', () => {
    assert.deepEqual(loaded.problems, []);
    const years = loaded.codeSets.icd10cmYears?.map((year) => year.version);
    assert.deepEqual(years, ['FY2026', 'FY2027']);
    assert.equal(loaded.codeSets.icd10cm.version, 'FY2027');
    assert.deepEqual(
      loaded.used.map((u) => [u.kind, u.version, u.compiled]),
      [['icd10cmOrder', 'FY2027', true]],
    );
    // Without its own notes file, FY2027 says it uses FY2026's.
    assert.match(loaded.notices.join('\n'), /FY2027: no tabular list/);
  });

  it('reports progress from 0 to 100, naming the file it compiles', () => {
    assert.equal(progress[0].percentage, 0);
    assert.equal(progress[progress.length - 1].percentage, 100);
    assert.ok(progress.some((p) => p.message.includes('icd10cm-order-2027.txt')));
  });

  it('chooses the fiscal year by date of service, October 1 to September 30', () => {
    const year = (date: string) => icdYearFor(loaded.codeSets, date)?.version;
    assert.equal(year('2026-09-30'), 'FY2026');
    assert.equal(year('2026-10-01'), 'FY2027');
    assert.equal(year('2027-10-01'), undefined);
  });

  it(`accepts ${ADDED_CODE}, only in the FY2027 file, on 2026-11-02`, () => {
    assert.deepEqual(check(loaded.codeSets, claimOn('2026-11-02', ADDED_CODE), DX_RULES), []);
  });

  it(`rejects ${ADDED_CODE} on 2026-05-01 (FY2026), naming where it is valid`, () => {
    const found = check(loaded.codeSets, claimOn('2026-05-01', ADDED_CODE), DX_RULES);
    assert.deepEqual(
      found.map((d) => `${d.rule}@${d.range.start.line + 1}:${d.severity}`),
      ['code-inactive@8:error'],
    );
    const message = found[0].message;
    assert.match(message, /G58\.1 is not an ICD-10-CM code in FY2026 \(2025-10-01 to 2026-09-30\)/);
    assert.match(message, /the date of service 2026-05-01; it is valid in FY2027\./);
    // No addenda say what replaces it, so the codes beside it under G58 are offered.
    assert.match(message, /billable codes under G58 include: G58\.0 \(Intercostal neuropathy\)/);
    assert.deepEqual(
      found[0].fixes?.map((fix) => fix.edits[0].newText),
      ['G58.0', 'G58.7', 'G58.8', 'G58.9'],
    );
  });

  it(`rejects ${REMOVED_CODE}, not in FY2027, on 2026-11-02 and accepts it on 2026-09-30`, () => {
    const found = check(loaded.codeSets, claimOn('2026-11-02', REMOVED_CODE), DX_RULES);
    assert.deepEqual(
      found.map((d) => `${d.rule}:${d.severity}`),
      ['code-inactive:error'],
    );
    assert.match(found[0].message, /not an ICD-10-CM code in FY2027 .* valid in FY2026\./);
    assert.ok(found[0].fixes?.some((fix) => fix.edits[0].newText === ADDED_CODE));
    assert.deepEqual(check(loaded.codeSets, claimOn('2026-09-30', REMOVED_CODE), DX_RULES), []);
  });

  it('a fix replacing the code leaves no code-inactive behind', () => {
    const text = claimOn('2026-05-01', ADDED_CODE);
    const fixed = text.replace(`dx A ${ADDED_CODE}`, 'dx A G58.0');
    assert.deepEqual(check(loaded.codeSets, fixed, DX_RULES), []);
  });

  it('checks each diagnosis in the year of the lines that point to it', () => {
    const lines = (pointers: string) => [
      'dx A G58.0',
      `dx B ${ADDED_CODE}`,
      'svc 64620-RT ptr A',
      `svc 64620-LT ptr ${pointers} dos 2026-10-02`,
    ];
    const fy2027Only = claimWith(lines('B'), { dos: '2026-09-30' });
    assert.deepEqual(check(loaded.codeSets, fy2027Only, DX_RULES), []);
    // Pointed to from the FY2026 line as well: not valid on 2026-09-30.
    const both = claimWith(lines('B'), { dos: '2026-09-30' }).replace('ptr A', 'ptr AB');
    const found = check(loaded.codeSets, both, DX_RULES);
    assert.deepEqual(
      found.map((d) => `${d.rule}@${d.range.start.line + 1}`),
      ['code-inactive@9'],
    );
    assert.match(found[0].message, /date of service 2026-09-30/);
  });

  it('a code no loaded year holds is still code-unknown, an error inside a loaded year', () => {
    const found = check(loaded.codeSets, claimOn('2026-11-02', 'G58.5'), DX_RULES);
    assert.deepEqual(
      found.map((d) => `${d.rule}:${d.severity}`),
      ['code-unknown:error'],
    );
    assert.match(found[0].message, /G58\.5 is not an ICD-10-CM code in FY2027\./);
  });

  it('a date after every loaded year names FY2028 once and lowers code-unknown', () => {
    const found = check(loaded.codeSets, claimOn('2027-11-02', 'G58.5'), DX_RULES);
    assert.deepEqual(
      found.map((d) => `${d.rule}@${d.range.start.line + 1}:${d.severity}`),
      ['code-inactive@6:warning', 'code-unknown@8:warning'],
    );
    assert.match(found[0].message, /FY2028 \(2027-10-01 to 2028-09-30\)/);
    assert.match(found[0].message, /only FY2026 \(.*\), FY2027 \(.*\) are loaded/);
    assert.match(found[0].message, /icd10cm-order-2028\.txt/);
    assert.match(found[1].message, /not in ICD-10-CM FY2026, FY2027, but .* falls in FY2028/);
  });

  it('hover and completion read the year of the claim under the cursor', () => {
    const engine = new ClaimEngine(loaded.codeSets);
    const at = (text: string) => ({ line: 7, character: text.split('\n')[7].indexOf('G58') + 1 });
    const later = claimOn('2026-11-02', ADDED_CODE);
    const earlier = claimOn('2026-05-01', ADDED_CODE);
    assert.match(engine.hover(later, at(later))?.markdown ?? '', /TEST-MADE code/);
    assert.doesNotMatch(engine.hover(earlier, at(earlier))?.markdown ?? '', /TEST-MADE code/);

    const typing = (dos: string) => claimWith(['dx A G58.'], { dos });
    const labels = (dos: string) =>
      engine.complete(typing(dos), { line: 7, character: 9 }).items.map((i) => i.label);
    assert.ok(labels('2026-11-02').includes(ADDED_CODE));
    assert.ok(!labels('2026-11-02').includes(REMOVED_CODE));
    assert.ok(labels('2026-05-01').includes(REMOVED_CODE));
    assert.ok(!labels('2026-05-01').includes(ADDED_CODE));
  });

  it('the status bar names the years a file uses', () => {
    const engine = new ClaimEngine(loaded.codeSets);
    assert.equal(engine.dateCoverage(claimOn('2026-11-02', 'G58.0')).label, 'ICD-10-CM FY2027');
    const both = claimWith(['dx A G58.0', 'svc 64620-RT ptr A dos 2026-10-02'], {
      dos: '2026-09-30',
    });
    const coverage = engine.dateCoverage(both);
    assert.equal(coverage.label, 'ICD-10-CM FY2026, FY2027');
    assert.deepEqual(coverage.outside, []);
  });

  it('a second load reads the cache and compiles nothing', async () => {
    const again = await loadCodeSetFolders({ folders: [folder], cacheDir, base: bundled });
    assert.deepEqual(
      again.used.map((u) => u.compiled),
      [false],
    );
    assert.equal(again.codeSets.icd10cmYears?.[1].get(ADDED_CODE)?.billable, true);
  });

  it('reads the order file inside the zip it is shipped in', async () => {
    const zipped = mkdtempSync(join(tmpdir(), 'claim-coding-TEST-MADE-zip-'));
    try {
      const order = new TextEncoder().encode(testMadeFy2027Order());
      const zip = zipSync({ 'Code Descriptions/icd10cm-order-2027.txt': order }, { level: 1 });
      writeFileSync(join(zipped, 'TEST-MADE-icd10cm-2027.zip'), zip);
      const fromZip = await loadCodeSetFolders({ folders: [zipped], cacheDir, base: bundled });
      assert.deepEqual(fromZip.problems, []);
      assert.match(fromZip.used[0].file, /TEST-MADE-icd10cm-2027\.zip\/Code Descriptions/);
      // Same contents as the loose file: the cache already holds it.
      assert.equal(fromZip.used[0].compiled, false);
      assert.deepEqual(check(fromZip.codeSets, claimOn('2026-11-02', ADDED_CODE), DX_RULES), []);
    } finally {
      rmSync(zipped, { recursive: true, force: true });
    }
  });
});

describe('without a folder', () => {
  it('a 2026-11 date of service gets a message that names FY2027', () => {
    const found = check(bundled, claimOn('2026-11-02', 'G58.0'), ['code-inactive']);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /FY2027 \(2026-10-01 to 2027-09-30\)/);
    assert.match(found[0].message, /files are missing/);
  });

  it(`${ADDED_CODE} on a 2026-11 date is a warning, not an error`, () => {
    const found = check(bundled, claimOn('2026-11-02', ADDED_CODE), ['code-unknown']);
    assert.deepEqual(
      found.map((d) => d.severity),
      ['warning'],
    );
  });
});

describe('modifiers by the dates the HCPCS file gives them', () => {
  const modifierOn = (dos: string, modifier: string) =>
    check(bundled, claimWith(['svc 64620-' + modifier], { dos }), ['code-inactive']);

  it('a modifier used before HCPCS added it fires (CQ, added 2019-01-01)', () => {
    const found = modifierOn('2018-12-31', 'CQ');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Modifier CQ was added to HCPCS on 2019-01-01/);
  });

  it('on the day it was added it stays silent', () => {
    assert.deepEqual(modifierOn('2019-01-01', 'CQ'), []);
  });
});

describe('files that cannot be read', () => {
  it('names the file and keeps the bundled data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-coding-TEST-MADE-bad-'));
    const cacheDir = temporaryCacheDir();
    try {
      writeFileSync(join(dir, 'icd10cm-order-2028.txt'), 'this is not an order file\n');
      writeFileSync(join(dir, 'nucc-taxonomy-26.0.csv'), 'no,columns\n1,2\n');
      const result = await loadCodeSetFolders({ folders: [dir], cacheDir, base: bundled });
      assert.equal(result.problems.length, 2, result.problems.join('\n'));
      assert.match(result.problems[0], /icd10cm-order-2028\.txt: cannot be read as ICD-10-CM/);
      assert.match(result.problems[0], /not an order-file line/);
      assert.match(result.problems[1], /nucc-taxonomy-26\.0\.csv: cannot be read as NUCC/);
      assert.equal(result.codeSets.icd10cmYears, undefined);
      assert.equal(result.codeSets.versions.nucc, bundled.versions.nucc);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('names a folder that does not exist', async () => {
    const result = await loadCodeSetFolders({ folders: ['/no/such/folder'], base: bundled });
    assert.deepEqual(result.problems, [
      'Code-set folder /no/such/folder: cannot be read (no such file or folder).',
    ]);
  });
});

describe(
  'the FY2026 files of ../shared/codesets imported through a folder',
  { skip: NEEDS_SHARED },
  () => {
    let cacheDir: string;
    let imported: CodeSetFolderResult;

    before(async () => {
      cacheDir = temporaryCacheDir();
      imported = await loadCodeSetFolders({ folders: [SHARED_CODESETS], cacheDir, base: bundled });
    });
    after(() => rmSync(cacheDir, { recursive: true, force: true }));

    it('reads every file with no problem and replaces the bundled year', () => {
      assert.deepEqual(imported.problems, []);
      assert.deepEqual(imported.notices, []);
      assert.equal(imported.codeSets.icd10cmYears, undefined);
      assert.notEqual(imported.codeSets.icd10cm, bundled.icd10cm);
      assert.deepEqual(imported.codeSets.versions, bundled.versions);
    });

    it('gives exactly the bundled diagnostics on every example', () => {
      const names = readdirSync(EXAMPLES).filter((name) => name.endsWith('.claim'));
      assert.ok(names.length >= 5);
      for (const name of names) {
        const text = readFileSync(join(EXAMPLES, name), 'utf8');
        assert.deepEqual(check(imported.codeSets, text), check(bundled, text), name);
      }
    });

    it('gives exactly the bundled ICD-10-CM lookups, notes and searches', () => {
      const mine = imported.codeSets.icd10cm;
      const theirs = bundled.icd10cm;
      assert.equal(mine.size, theirs.size);
      const order = readFileSync(join(SHARED_CODESETS, 'icd10cm/icd10cm-order-2026.txt'), 'utf8');
      const codes = order
        .split('\n')
        .map((line) => line.slice(6, 13).trim())
        .filter(Boolean);
      // Every 25th code of the order file, with titles, family and notes.
      for (let i = 0; i < codes.length; i += 25) {
        const code =
          codes[i].length > 3 ? `${codes[i].slice(0, 3)}.${codes[i].slice(3)}` : codes[i];
        assert.deepEqual(lookup(mine, code), lookup(theirs, code), code);
      }
      for (const query of ['intercost', 'G58', 'post-thoracotomy pain', 'fx femur']) {
        const ids = (set: CodeSets['icd10cm']) => set.search(query, 30).map((h) => h.item.code);
        assert.deepEqual(ids(mine), ids(theirs), query);
      }
    });

    it('gives exactly the bundled procedure, modifier, taxonomy and POS lookups', () => {
      const mine = imported.codeSets;
      const codes = ['64620', '64420', '64421', '77002', '77003', '76942', '99213', 'J1030'];
      for (const code of codes) {
        assert.deepEqual(mine.procedures.get(code), bundled.procedures.get(code), code);
      }
      assert.deepEqual(mine.procedures.sources, bundled.procedures.sources);
      const ids = (sets: CodeSets) => sets.procedures.search('nerve', 20).map((h) => h.item.code);
      assert.deepEqual(ids(mine), ids(bundled));
      assert.deepEqual(mine.modifiers.all(), bundled.modifiers.all());
      for (const code of ['208VP0014X', '2084P0800X', '363A00000X']) {
        assert.deepEqual(mine.taxonomy.get(code), bundled.taxonomy.get(code), code);
      }
      assert.deepEqual(mine.placesOfService.all(), bundled.placesOfService.all());
    });

    it('takes the replacement of a split code from the order addenda', () => {
      // FY2026 made B88.0 a header over the new B88.01 and B88.09.
      assert.deepEqual(icdReplacement(imported.codeSets.icd10cm, 'B88.0'), {
        codes: ['B88.01', 'B88.09'],
        source: 'addenda',
      });
    });
  },
);

function lookup(set: CodeSets['icd10cm'], code: string) {
  const found = set.get(code);
  if (!found) return undefined;
  return {
    code: found.code,
    billable: found.billable,
    shortTitle: found.shortTitle,
    longTitle: found.longTitle,
    parent: found.parent,
    children: found.children,
    notes: found.notes,
    manifestation: set.isManifestation(code),
    age: set.ageEdit(code),
  };
}
