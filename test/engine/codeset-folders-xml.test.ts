/**
 * The publisher's tabular list XML as the notes of a year from a code-set folder.
 * CDC's XML itself is not in ../shared/codesets, so the tests use (1) a TEST-MADE
 * excerpt in its layout and (2) a TEST-MADE XML written from every note of the real
 * FY2026 JSON conversion, which must read back to exactly what the JSON gives.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCodeSetFolders } from '../../server/src/config/codeset-folder';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { readTabularNotesJson, readTabularXml } from '../../server/src/engine/codesets/readers';
import { icdYearFor } from '../../server/src/engine/icd-years';
import { ClaimEngine } from '../../server/src/engine/index';
import { claimWith } from './rules/harness';
import {
  SHARED_CODESETS,
  temporaryCacheDir,
  testMadeFy2027Folder,
  NEEDS_SHARED,
} from './codeset-folders-fixture';

const EXCERPT = `<?xml version="1.0" encoding="utf-8"?>
<!-- TEST-MADE excerpt in the layout of CDC's icd10cm-tabular-YYYY.xml -->
<ICD10CM.tabular>
  <version>2027</version>
  <chapter>
    <name>6</name>
    <desc>Diseases of the nervous system (G00-G99)</desc>
    <excludes2>
      <note>certain conditions originating in the perinatal period (P04-P96)</note>
    </excludes2>
    <section id="G50-G59">
      <desc>Nerve, nerve root and plexus disorders (G50-G59)</desc>
      <diag>
        <name>G58</name>
        <desc>Other mononeuropathies</desc>
        <diag>
          <name>G58.0</name>
          <desc>Intercostal neuropathy</desc>
        </diag>
      </diag>
    </section>
    <section id="G89-G99">
      <diag>
        <name>G89</name>
        <desc>Pain, not elsewhere classified</desc>
        <codeFirst><note>underlying condition &amp; its cause, if known</note></codeFirst>
        <diag>
          <name>G89.2</name>
          <desc>Chronic pain, not elsewhere classified</desc>
          <excludes1>
            <note>causalgia, lower limb (G57.7-)</note>
            <note>chronic pain syndrome (G89.4)</note>
          </excludes1>
          <diag>
            <name>G89.29</name>
            <desc>Other chronic pain</desc>
          </diag>
        </diag>
      </diag>
    </section>
  </chapter>
</ICD10CM.tabular>
`;

describe('the tabular list XML', { skip: NEEDS_SHARED }, () => {
  it('reads the notes of codes, not of chapters or sections', () => {
    const notes = readTabularXml(EXCERPT, 'TEST-MADE-icd10cm-tabular-2027.xml');
    assert.deepEqual([...notes.keys()], ['G89.2', 'G89']);
    assert.deepEqual(notes.get('G89.2')?.excludes1, [
      'causalgia, lower limb (G57.7-)',
      'chronic pain syndrome (G89.4)',
    ]);
    assert.deepEqual(notes.get('G89.2')?.excludes1Codes, ['G57.7', 'G89.4']);
    assert.deepEqual(notes.get('G89')?.codeFirst, ['underlying condition & its cause, if known']);
  });

  it('names a file that is not the tabular list', () => {
    assert.throws(
      () => readTabularXml('<html><body></body></html>', 'page.xml'),
      /page\.xml: no <diag> element/,
    );
    assert.throws(() => readTabularXml('<diag><name>A00</diag>', 'cut.xml'), /cut\.xml: <\/diag>/);
  });

  it('gives exactly what the JSON conversion gives, over every FY2026 note', () => {
    const path = join(SHARED_CODESETS, 'icd10cm/icd10cm-tabular-notes-2026.json');
    const json = readTabularNotesJson(readFileSync(path, 'utf8'), 'notes.json');
    const xml = readTabularXml(xmlFromNotes(path), 'TEST-MADE-icd10cm-tabular-2026.xml');
    assert.equal(xml.size, json.size);
    assert.deepEqual(xml, json);
  });

  it("serves as a folder year's notes, in place of the bundled year's", async () => {
    const folder = testMadeFy2027Folder();
    const cacheDir = temporaryCacheDir();
    try {
      writeFileSync(join(folder, 'icd10cm-tabular-2027.xml'), EXCERPT);
      const loaded = await loadCodeSetFolders({
        folders: [folder],
        cacheDir,
        base: defaultCodeSets(),
      });
      assert.deepEqual([loaded.problems, loaded.notices], [[], []]);
      const fy2027 = icdYearFor(loaded.codeSets, '2026-11-02')!;
      assert.deepEqual(fy2027.notesOf?.('G89.2')?.excludes1Codes, ['G57.7', 'G89.4']);
      // R52's Excludes1 note for G89.- is not in the excerpt, so FY2027 claims lack it.
      const engine = new ClaimEngine(loaded.codeSets);
      const pair = (dos: string) =>
        engine
          .check(claimWith(['dx A R52', 'dx B G89.29', 'svc 64620-RT ptr AB'], { dos }))
          .diagnostics.filter((d) => d.rule === 'dx-excludes1').length;
      assert.ok(pair('2026-09-15') > 0);
      assert.equal(pair('2026-11-02'), 0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

/** A TEST-MADE tabular XML holding every note of the JSON conversion, one diag per code. */
function xmlFromNotes(jsonPath: string): string {
  const codes = (
    JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      codes: Record<string, Record<string, unknown>>;
    }
  ).codes;
  const kinds = ['inclusionTerm', 'includes', 'excludes1', 'excludes2', 'codeFirst'];
  const escape = (t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const diags = Object.entries(codes).map(([code, entry]) => {
    const notes = [...kinds, 'useAdditionalCode'].map((kind) => {
      const texts = (entry[kind] as string[] | undefined) ?? [];
      if (texts.length === 0) return '';
      return `<${kind}>${texts.map((t) => `<note>${escape(t)}</note>`).join('')}</${kind}>`;
    });
    const desc = `<desc>${escape(String(entry.description))}</desc>`;
    return `<diag><name>${code}</name>${desc}${notes.join('')}</diag>`;
  });
  const body = `<chapter><section>\n${diags.join('\n')}\n</section></chapter>`;
  return `<?xml version="1.0"?>\n<ICD10CM.tabular>${body}</ICD10CM.tabular>\n`;
}
