/**
 * Diagnosis letters as names: go to definition from a pointer, references of a
 * diagnosis, rename of a letter with its pointers, and highlights of the same
 * letter or code. Each case is a cursor on real example text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { applyEdits, covered, cursor, example } from './editor-helpers';
import { formatExample } from './format-example';

const engine = new ClaimEngine(defaultCodeSets());
const POINTERS = example('pointer-problems.claim');

/** Two claims using the same letters, lower-case pointers and comma-separated ones. */
const TWO_CLAIMS = `claim C-1
  dx A  G58.0
  dx B  G89.29
  svc 64620-RT  ptr a,b
  svc 64420     ptr B
  note
    Indication: G58.0 after thoracotomy, 64620 planned.
claim C-2
  dx A  R52
  dx B  G58.0
  svc 64420     ptr BA
`;

describe('go to definition', () => {
  const cases = [
    { text: formatExample, at: ['svc 64620', 'AB', 0], expected: '8:A' },
    { text: formatExample, at: ['svc 64620', 'AB', 1], expected: '9:B' },
    { text: formatExample, at: ['dx B', 'B', 0], expected: '9:B' },
    { text: TWO_CLAIMS, at: ['svc 64620-RT', 'a,b', 0], expected: '1:A' },
    { text: TWO_CLAIMS, at: ['svc 64420     ptr BA', 'BA', 0], expected: '9:B' },
    { text: POINTERS, at: ['svc 64620-RT', 'ABCDF', 4], expected: '14:F' },
  ] as const;
  for (const { text, at, expected } of cases) {
    it(`leads from ${at[1]}[${at[2]}] on "${at[0]}" to the dx letter ${expected}`, () => {
      const target = engine.definition(text, cursor(text, at[0], at[1], at[2]));
      assert.ok(target);
      assert.equal(covered(text, target.selectionRange), expected);
      assert.match(covered(text, target.range), /^\d+:dx [A-L]\s+\S+$/);
    });
  }

  it('finds nothing for a pointer to a missing dx, or away from a letter', () => {
    assert.equal(engine.definition(POINTERS, cursor(POINTERS, 'ptr H', 'H')), undefined);
    assert.equal(
      engine.definition(formatExample, cursor(formatExample, 'payer', 'medicare')),
      undefined,
    );
    assert.equal(
      engine.definition(formatExample, cursor(formatExample, 'dx A', 'G58.0')),
      undefined,
    );
  });
});

describe('find references', () => {
  const cases = [
    { text: formatExample, at: ['dx A', 'A', 0], decl: true, expected: ['8:A', '11:A'] },
    { text: formatExample, at: ['dx A', 'A', 0], decl: false, expected: ['11:A'] },
    { text: TWO_CLAIMS, at: ['dx B  G89', 'B', 0], decl: true, expected: ['2:B', '3:b', '4:B'] },
    { text: TWO_CLAIMS, at: ['ptr BA', 'A', 1], decl: true, expected: ['8:A', '10:A'] },
    { text: POINTERS, at: ['dx E', 'E', 0], decl: false, expected: [] },
  ] as const;
  for (const { text, at, decl, expected } of cases) {
    it(`lists ${expected.join(', ') || 'nothing'} for ${at[1]} on "${at[0]}"`, () => {
      const found = engine.references(text, cursor(text, at[0], at[1], at[2]), decl);
      assert.deepEqual(
        found.map((range) => covered(text, range)),
        expected,
      );
    });
  }
});

describe('rename a diagnosis letter', () => {
  it('changes the dx letter and every pointer to it, in that claim only', () => {
    const result = engine.rename(TWO_CLAIMS, cursor(TWO_CLAIMS, 'ptr B', 'B'), 'e');
    assert.ok('edits' in result, JSON.stringify(result));
    const renamed = applyEdits(TWO_CLAIMS, result.edits);
    assert.match(renamed, /dx E {2}G89\.29\n {2}svc 64620-RT {2}ptr a,E\n {2}svc 64420 {5}ptr E\n/);
    assert.match(
      renamed,
      /claim C-2\n {2}dx A {2}R52\n {2}dx B {2}G58\.0\n {2}svc 64420 {5}ptr BA/,
    );
    assert.deepEqual(
      engine.check(renamed).diagnostics.filter((d) => d.rule === 'dx-pointer'),
      [],
    );
  });

  it('offers the letter under the cursor with its range', () => {
    const prepared = engine.prepareRename(formatExample, cursor(formatExample, 'ptr AB', 'AB', 1));
    assert.ok('range' in prepared);
    assert.equal(prepared.placeholder, 'B');
    assert.equal(covered(formatExample, prepared.range), '11:B');
  });

  const refusals = [
    { at: ['payer', 'medicare', 0], name: 'C', problem: /Only a diagnosis letter/ },
    { at: ['dx A', 'G58.0', 0], name: 'C', problem: /Only a diagnosis letter/ },
    { at: ['dx A', 'A', 0], name: 'B', problem: /already used by `dx B` on line 10/ },
    { at: ['dx A', 'A', 0], name: 'M', problem: /not a diagnosis letter: use one letter, A to L/ },
    { at: ['dx A', 'A', 0], name: 'AB', problem: /not a diagnosis letter/ },
  ] as const;
  for (const { at, name, problem } of refusals) {
    it(`refuses ${at[1]} → ${name}`, () => {
      const result = engine.rename(formatExample, cursor(formatExample, at[0], at[1], at[2]), name);
      assert.ok('problem' in result);
      assert.match(result.problem, problem);
    });
  }

  it('refuses a pointer whose dx is missing', () => {
    const prepared = engine.prepareRename(POINTERS, cursor(POINTERS, 'ptr H', 'H'));
    assert.ok('problem' in prepared);
    assert.match(prepared.problem, /No `dx H` in this claim/);
  });

  it('accepts the same letter (a no-op rename), written in lower case', () => {
    const result = engine.rename(formatExample, cursor(formatExample, 'dx A', 'A'), 'a');
    assert.ok('edits' in result);
    assert.equal(applyEdits(formatExample, result.edits), formatExample);
  });
});

describe('document highlights', () => {
  const cases = [
    { text: formatExample, at: ['dx B', 'B', 0], expected: ['write 9:B', 'read 11:B'] },
    {
      text: TWO_CLAIMS,
      at: ['dx A  G58.0', 'G58.0', 2],
      expected: ['read 1:G58.0', 'read 6:G58.0'],
    },
    {
      text: TWO_CLAIMS,
      at: ['svc 64620', '64620', 0],
      expected: ['read 3:64620', 'read 6:64620'],
    },
    { text: POINTERS, at: ['dx D', 'G58.0', 0], expected: ['read 9:G58.0', 'read 12:G58.0'] },
    { text: formatExample, at: ['svc 64620', 'RT', 0], expected: ['read 11:RT'] },
  ] as const;
  for (const { text, at, expected } of cases) {
    it(`lights ${expected.join(', ')}`, () => {
      const found = engine.highlights(text, cursor(text, at[0], at[1], at[2]));
      assert.deepEqual(
        found.map((h) => `${h.kind} ${covered(text, h.range)}`),
        expected,
      );
    });
  }

  it('lights nothing on a keyword or blank space', () => {
    assert.deepEqual(engine.highlights(formatExample, cursor(formatExample, 'payer', 'payer')), []);
    assert.deepEqual(engine.highlights(formatExample, { line: 7, character: 0 }), []);
  });
});
