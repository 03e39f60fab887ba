/**
 * Code search puts first the code a coder means by naming a condition alone: the
 * Index's default (`unspecified`, `not intractable`, `uncomplicated`, `without ...`),
 * and a qualifier typed in the query still wins over the default.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';

const icd10cm = defaultCodeSets().icd10cm;

function first(query: string): string | undefined {
  return icd10cm.search(query, 5)[0]?.item.code;
}

describe('ICD-10-CM search, defaults first', () => {
  const defaults: [string, string][] = [
    ['migraine', 'G43.909'],
    ['alcohol dependence', 'F10.20'],
    ['nicotine dependence cigarettes', 'F17.210'],
    ['sciatica', 'M54.30'],
    ['epilepsy', 'G40.909'],
    ['cluster headache', 'G44.009'],
    ['tension headache', 'G44.209'],
    ['urinary tract infection', 'N39.0'],
    ['pneumonia', 'J18.9'],
    ['type 1 diabetes', 'E10.9'],
  ];
  for (const [query, code] of defaults) {
    it(`finds ${code} first for "${query}"`, () => assert.equal(first(query), code));
  }

  const qualified: [string, string][] = [
    ['intractable migraine', 'G43.919'],
    ['migraine with aura', 'G43.109'],
    ['alcohol dependence in remission', 'F10.21'],
    ['sciatica left side', 'M54.32'],
    ['type 2 diabetes with hyperglycemia', 'E11.65'],
  ];
  for (const [query, code] of qualified) {
    it(`finds ${code} first for "${query}": what is typed beats the default`, () =>
      assert.equal(first(query), code));
  }

  it('puts a title whose `without` clause names the query behind one that has it', () => {
    // M48.061 is `... lumbar region without neurogenic claudication`.
    assert.equal(first('neurogenic claudication'), 'M48.062');
  });

  it('reads includes notes and inclusion terms as well as titles', () => {
    // I10's title is `Essential (primary) hypertension`; its includes note says
    // `hypertension (arterial) (benign) (essential) ...`, the condition named alone.
    assert.equal(first('hypertension'), 'I10');
    assert.equal(icd10cm.search('hypertension', 50)[0]?.item.code, 'I10');
    // R53.83 lists `Fatigue NOS` among its inclusion terms.
    assert.equal(first('fatigue'), 'R53.83');
  });

  it('finds a word typed as one where the title hyphenates it', () => {
    // K21.9 is `Gastro-esophageal reflux disease without esophagitis`.
    assert.equal(first('gastroesophageal reflux'), 'K21.9');
    assert.deepEqual(
      icd10cm.search('qqqzzzqqq', 5),
      [],
      'a word that is no two words finds nothing',
    );
  });

  it('reads the abbreviations coders type for common diagnoses', () => {
    for (const [typed, code] of [
      ['htn', 'I10'],
      ['GERD', 'K21.9'],
      ['copd', 'J44.9'],
      ['ckd', 'N18.9'],
      ['afib', 'I48.91'],
    ]) {
      assert.equal(first(typed), code, typed);
    }
  });

  it('folds accents and ligatures, as titles are ASCII', () => {
    assert.equal(first('migra\u00edne'), 'G43.909');
    assert.equal(first('\ufb01bromyalgia'), 'M79.7');
  });

  it('finds the rows that hold all words but one when none holds every word', () => {
    // G58.0 is `Intercostal neuropathy`: no title says `intercostal neuralgia`.
    assert.equal(first('intercostal neuralgia'), 'G58.0');
    // A word nothing starts with, a typo most often, is left out.
    assert.equal(first('migrane headache'), first('headache'));
    assert.deepEqual(icd10cm.search('qqq zzz', 5), []);
  });

  it('keeps finding a compound while its second part is being typed', () => {
    for (let end = 'gastroes'.length; end <= 'gastroesophageal'.length; end++) {
      const typed = 'gastroesophageal'.slice(0, end);
      assert.equal(first(typed), 'K21.9', typed);
    }
    // A short first part would cut a typo as well: `migr` and the start of `anemia`.
    assert.deepEqual(icd10cm.search('migrane', 5), []);
  });

  it('reads words in parentheses as nonessential modifiers a query may name', () => {
    // I10's includes note: `hypertension (arterial) (benign) (essential) ...`;
    // G93.2 is `Benign intracranial hypertension`.
    assert.equal(first('benign hypertension'), 'I10');
  });

  it('puts the initial encounter first when the query names none', () => {
    assert.equal(first('fall from bed'), 'W06.XXXA');
  });
});
