/**
 * The documentation templates in snippets/claim.code-snippets, checked the way a coder
 * uses them: each expanded with its default answers into a claim and checked by the real
 * engine on the real code sets. Completion reads the same file, so it must stay strict JSON.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

const snippetFile = join(__dirname, '..', '..', 'snippets', 'claim.code-snippets');
const snippets = JSON.parse(readFileSync(snippetFile, 'utf8')) as Record<string, Snippet>;

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((snippet) => snippet.prefix === prefix);
  assert.ok(found, `no snippet with the prefix ${prefix}`);
  return found;
}

const PLACEHOLDER = /\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)\}/g;
const MIRROR = /\$(\d+)|\$\{(\d+)\}/g;

/**
 * The text a coder gets by taking every default: a placeholder's own text, a choice
 * list's first answer; a mirror repeats its placeholder. `answers` overrides by number.
 */
function expand(snippet: Snippet, answers: Record<number, string> = {}): string {
  const values = new Map<number, string>();
  const filled = snippet.body.join('\n').replace(PLACEHOLDER, (_, n, text, choices) => {
    const value = answers[Number(n)] ?? text ?? choices.split(',')[0];
    values.set(Number(n), value);
    return value;
  });
  return filled.replace(MIRROR, (_, a, b) => values.get(Number(a ?? b)) ?? '');
}

/** The choice list of the line that starts with `label`, e.g. `Laterality:`. */
function choicesAfter(snippet: Snippet, label: string): string[] {
  const line = snippet.body.find((text) => text.trim().startsWith(label));
  assert.ok(line, `no ${label} line`);
  const match = /\$\{\d+\|([^|]*)\|\}/.exec(line);
  assert.ok(match, `${label} has no choice list`);
  return match[1].split(',');
}

/** A clean Medicare claim header with diagnosis A, G58.0 Intercostal neuropathy. */
function header(payer = 'medicare'): string[] {
  return [
    'claim T-1',
    `  payer ${payer}`,
    '  patient id P-1 dob 1964-03-12 sex F',
    '  billing npi 1234567893 taxonomy 208VP0014X',
    '  pos 24',
    '  dos 2026-09-15',
    '  dx A G58.0',
  ];
}

/** A template's lines as they land inside a claim (the editor turns `\t` into indentation). */
function inClaim(text: string): string[] {
  return text.split('\n').map((line) => (line.trim() ? `  ${line.replace(/\t/g, '  ')}` : ''));
}

/** Errors and warnings the engine gives, as `rule@line` (1-based). */
function problems(lines: string[]): string[] {
  const engine = new ClaimEngine(defaultCodeSets());
  return engine
    .check(lines.join('\n') + '\n')
    .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.rule}@${d.range.start.line + 1}`);
}

test('snippets: strict JSON, each with a string prefix, a body and a description', () => {
  const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.equal(typeof snippet.prefix, 'string', name);
    assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, name);
    assert.ok(snippet.description.length > 0, name);
  }
  assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  for (const wanted of [
    'claim',
    'note-64620',
    'svc-64420',
    'bilateral-50',
    'bilateral-rtlt',
    'visit-25',
  ]) {
    assert.ok(prefixes.includes(wanted), `${wanted} is offered`);
  }
});

test('snippets: the 64620 note asks for every documentation element', () => {
  const note = byPrefix('note-64620');
  const labels = note.body
    .map((line) => /^\t([A-Za-z]+):/.exec(line)?.[1].toLowerCase())
    .filter((label) => label !== undefined);
  assert.deepEqual(labels, [
    'indication',
    'levels',
    'laterality',
    'guidance',
    'agent',
    'units',
    'pain',
    'instructions',
  ]);
  assert.deepEqual(choicesAfter(note, 'Laterality:'), ['right', 'left', 'bilateral']);
  assert.deepEqual(choicesAfter(note, 'Guidance:'), ['ultrasound', 'fluoroscopy', 'CT']);
  assert.deepEqual(choicesAfter(note, 'Agent:'), [
    'phenol',
    'alcohol',
    'radiofrequency',
    'pulsed radiofrequency',
    'cryoablation',
  ]);
});

test('snippets: the 64620 note documents a right two-level 64620 line', () => {
  const note = inClaim(expand(byPrefix('note-64620')));
  assert.deepEqual(problems([...header(), '  svc 64620-RT ptr A units 2', ...note]), []);
});

test('snippets: the 64620 note raises doc-missing when its levels disagree with units', () => {
  const note = inClaim(expand(byPrefix('note-64620'), { 3: 'T5, T6, T7', 8: '3' }));
  const found = problems([...header(), '  svc 64620-RT ptr A units 2', ...note]);
  assert.ok(found.some((problem) => problem.startsWith('doc-missing@')), found.join(', '));
});

test('snippets: the claim skeleton, once its header is answered, is a clean claim', () => {
  const answers = { 3: 'P-1', 4: '1964-03-12', 6: '1234567893', 9: '2026-09-15' };
  const claim = expand(byPrefix('claim'), answers).replace(/\t/g, '  ').split('\n');
  assert.deepEqual(problems(claim), []);
});

test('snippets: the claim skeleton left unanswered is not mistaken for a clean claim', () => {
  const claim = expand(byPrefix('claim')).replace(/\t/g, '  ').split('\n');
  assert.notDeepEqual(problems(claim), []);
});

test('snippets: service-line templates give clean lines with their default codes', () => {
  const cases: [prefix: string, payer: string][] = [
    ['svc-64420', 'medicare'],
    ['bilateral-50', 'medicare'],
    ['bilateral-rtlt', 'aetna'],
    ['visit-25', 'medicare'],
  ];
  for (const [prefix, payer] of cases) {
    const lines = [...header(payer), ...inClaim(expand(byPrefix(prefix)))];
    assert.deepEqual(problems(lines), [], prefix);
  }
});

test('snippets: 64421 in the intercostal block mirrors the side of 64420', () => {
  const text = expand(byPrefix('svc-64420'), { 1: 'LT', 4: '3' });
  assert.match(text, /^svc 64420-LT .*\nsvc 64421-LT .*units 3/);
});

test('snippets: the RT/LT form is what Medicare does not want', () => {
  const lines = [...header('medicare'), ...inClaim(expand(byPrefix('bilateral-rtlt')))];
  assert.ok(problems(lines).some((problem) => problem.startsWith('payer-rule@')));
});
