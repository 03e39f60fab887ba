/**
 * The editor features never throw and formatting stays idempotent on broken text:
 * every example, cut and changed at seeded places (a character deleted, a
 * character inserted, a line end removed), run through each feature.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { applyEdits, exampleFiles } from './editor-helpers';

const engine = new ClaimEngine(defaultCodeSets());
const MUTATIONS_PER_FILE = 40;
const INSERTED = [' ', '\t', '-', ',', '#', '.', 'A', 'x', '1', '\n', '\r\n', 'é'];

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const kind = Math.floor(random() * 3);
  if (kind === 0) return text.slice(0, at) + text.slice(at + 1);
  if (kind === 1) {
    const inserted = INSERTED[Math.floor(random() * INSERTED.length)];
    return text.slice(0, at) + inserted + text.slice(at);
  }
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 ? text : text.slice(0, lineEnd) + text.slice(lineEnd + 1);
}

function exercise(text: string): void {
  engine.symbols(text);
  engine.folding(text);
  engine.inlayHints(text);
  engine.claimTotals(text);
  engine.dateCoverage(text);
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line += 3) {
    engine.documentationTemplate(text, line);
    for (const character of [0, 3, 6, 20]) {
      const position = { line, character };
      engine.definition(text, position);
      engine.references(text, position, true);
      engine.highlights(text, position);
      engine.prepareRename(text, position);
      engine.rename(text, position, 'K');
      engine.selectionRanges(text, position);
    }
  }
  const once = applyEdits(text, engine.format(text));
  assert.deepEqual(engine.format(once), [], 'formatting twice changed something');
}

describe('editor features on broken text', () => {
  for (const { name, text } of exampleFiles()) {
    it(`survive ${MUTATIONS_PER_FILE} changes to ${name}`, () => {
      const random = generator(name.length * 7919);
      let current = text;
      for (let i = 0; i < MUTATIONS_PER_FILE; i++) {
        current = mutate(current, random);
        try {
          exercise(current);
        } catch (error) {
          assert.fail(`after change ${i + 1}: ${(error as Error).stack}\n${current}`);
        }
      }
    });
  }
});
