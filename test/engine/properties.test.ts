/**
 * Properties of the parser and the engine on any text: nothing throws, every
 * range lies inside the document, and checking after a run of edits (with the
 * per-claim cache an open document keeps) gives what a fresh check gives.
 * Runs are bounded so that `npm test` stays quick; `npm run fuzz` goes further.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ClaimCache, ClaimEngine } from '../../server/src/engine/index';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { parseClaimFile } from '../../server/src/engine/markup/parse';
import type { Diagnostic } from '../../server/src/engine/model';
import {
  applyChange,
  claimText,
  junk,
  lspLines,
  rangeOutside,
  textChange,
  type Ranged,
} from '../properties/claim-text';

const engine = new ClaimEngine(defaultCodeSets());

/** Fails with the rule and the reason when a diagnostic or one of its fixes leaves the text. */
function assertInside(text: string, diagnostics: Diagnostic[]): void {
  const lines = lspLines(text);
  for (const diagnostic of diagnostics) {
    const outside = rangeOutside(lines, diagnostic);
    assert.equal(outside, undefined, `${diagnostic.rule}: ${outside}`);
    for (const edit of diagnostic.fixes?.flatMap((fix) => fix.edits) ?? []) {
      const fixOutside = rangeOutside(lines, edit);
      assert.equal(fixOutside, undefined, `fix for ${diagnostic.rule}: ${fixOutside}`);
    }
  }
}

const anyText = fc.oneof({ weight: 4, arbitrary: claimText }, { weight: 1, arbitrary: junk });

describe('properties: parser and engine on any text', () => {
  it('the parser never throws and its ranges lie inside the document', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const file = parseClaimFile(text);
        assert.equal(file.lineCount, lspLines(text).length);
        assertInside(text, file.diagnostics);
      }),
      { numRuns: 400 },
    );
  });

  it('the check never throws and its diagnostics lie inside the document', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assertInside(text, engine.check(text).diagnostics);
        assertInside(text, engine.check(text, 'claims.claim').diagnostics);
      }),
      { numRuns: 300 },
    );
  });

  it('the rules really run on the generated text', () => {
    // Guards the generators: text that only ever gave syntax errors would prove little.
    const rules = new Set<string>();
    fc.assert(
      fc.property(claimText, (text) => {
        for (const diagnostic of engine.check(text).diagnostics) rules.add(diagnostic.rule);
      }),
      { numRuns: 200, seed: 7 },
    );
    for (const rule of ['syntax', 'code-unknown', 'dx-pointer', 'dx-unused', 'doc-missing']) {
      assert.ok(rules.has(rule), `no ${rule} diagnostic in 200 documents`);
    }
  });

  it('editor features never throw at any position', () => {
    const position = fc.record({ line: fc.nat({ max: 45 }), character: fc.nat({ max: 90 }) });
    fc.assert(
      fc.property(anyText, position, (text, anywhere) => {
        const lines = lspLines(text);
        // A position inside the document, as an editor sends it.
        const line = Math.min(anywhere.line, lines.length - 1);
        const at = { line, character: Math.min(anywhere.character, lines[line].length) };
        const inside = (range: Ranged['range'], what: string) =>
          assert.equal(rangeOutside(lines, { range }), undefined, what);
        const completion = engine.complete(text, at);
        if (completion.items.length) inside(completion.replaceRange, 'completion range');
        const hover = engine.hover(text, at);
        if (hover) inside(hover.range, 'hover range');
        for (const edit of engine.format(text)) inside(edit.range, 'formatting edit');
        engine.symbols(text);
        engine.folding(text);
        engine.selectionRanges(text, at);
        engine.definition(text, at);
        engine.references(text, at, true);
        engine.highlights(text, at);
        engine.prepareRename(text, at);
        engine.rename(text, at, 'C');
        engine.inlayHints(text);
        engine.claimTotals(text);
        engine.dateCoverage(text);
        engine.documentationTemplate(text, at.line);
      }),
      { numRuns: 150 },
    );
  });
});

describe('properties: checking after edits equals a fresh check', () => {
  it('through ClaimEngine with its per-claim cache', () => {
    const edits = fc.array(textChange, { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(claimText, edits, (start, changes) => {
        const cache = new ClaimCache();
        let text = start;
        engine.check(text, undefined, cache);
        for (const change of changes) {
          text = applyChange(text, change);
          const edited = engine.check(text, undefined, cache).diagnostics;
          assertInside(text, edited);
          assert.deepEqual(edited, engine.check(text).diagnostics);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('the cache starts over when the options change', () => {
    const cache = new ClaimCache();
    const text = 'claim C-1\n  dx A G58.0\n  svc 64620 ptr A\n';
    const own = new ClaimEngine(engine.codeSets);
    assert.ok(own.check(text, undefined, cache).diagnostics.some((d) => d.rule === 'doc-missing'));
    own.options = { ruleLevels: { 'doc-missing': 'off' } };
    own.check(text, undefined, cache);
    own.options = { ruleLevels: {} };
    assert.ok(own.check(text, undefined, cache).diagnostics.some((d) => d.rule === 'doc-missing'));
  });
});
