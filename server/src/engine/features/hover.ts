/**
 * Hover: the reference entry for whatever stands under the cursor. Codes come
 * from the parsed tree (note bodies included); keywords and field names from
 * the words of the line, so that a half-written statement still gets help.
 */
import type { CodeSets } from '../codesets/types';
import { BUILT_IN_PAYER_PROFILES, type PayerProfiles } from '../edits/payers';
import { splitLines } from '../markup/parse';
import { indentWidth } from '../markup/tokens';
import type { Claim, ClaimFile, CodeToken, Position, Range, ServiceLine, Token } from '../model';
import {
  icd10Markdown,
  modifierMarkdown,
  npiMarkdown,
  payerMarkdown,
  placeOfServiceMarkdown,
  procedureMarkdown,
  taxonomyMarkdown,
} from './hover-markdown';
import {
  DIAGNOSIS_LETTER_TEXT,
  DOCUMENTATION_LABELS,
  FIELD_HELP,
  ICD_TEXT,
  KEYWORD_HELP,
  MODIFIER_TEXT,
  PAYER_TEXT,
  PLACE_OF_SERVICE_TEXT,
  PROCEDURE_TEXT,
  TAXONOMY_TEXT,
} from './hover-text';
import { enclosingNote, wordAround, wordsOf } from './line-context';
import { STATEMENT_FIELDS } from './completion-statements';

export interface HoverResult {
  markdown: string;
  range: Range;
}

/** Something hoverable found in the tree. */
type Target =
  | { kind: 'code'; token: CodeToken; serviceLine?: ServiceLine }
  | { kind: 'pointer'; token: Token; letter: string; claim: Claim }
  | { kind: 'letter'; token: Token; letter: string; claim: Claim }
  | { kind: 'payer'; token: Token };

export function hover(
  text: string,
  position: Position,
  file: ClaimFile,
  codeSets: CodeSets,
  payers: PayerProfiles = BUILT_IN_PAYER_PROFILES,
): HoverResult | undefined {
  const target = targetAt(file, position);
  if (target) {
    const markdown = describe(target, codeSets, payers);
    return markdown ? { markdown, range: target.token.range } : undefined;
  }
  return wordHover(text, position, codeSets);
}

/** True when `position` is inside `range`; with `touching`, also just after its end. */
function contains(range: Range, position: Position, touching: boolean): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line) {
    return touching ? position.character <= end.character : position.character < end.character;
  }
  return true;
}

/**
 * The token under the cursor. A cursor between two tokens (`A|B` in `ptr AB`) means
 * the one it is on; only a cursor right after the last letter means the one before.
 */
function targetAt(file: ClaimFile, position: Position): Target | undefined {
  for (const claim of file.claims) {
    if (position.line < claim.range.start.line || position.line > claim.range.end.line) continue;
    const targets = [...targetsOf(claim)];
    const found =
      targets.find((target) => contains(target.token.range, position, false)) ??
      targets.find((target) => contains(target.token.range, position, true));
    if (found) return found;
  }
  return undefined;
}

function* targetsOf(claim: Claim): Generator<Target> {
  if (claim.payer) yield { kind: 'payer', token: claim.payer };
  for (const provider of [claim.billing, claim.rendering]) {
    if (provider?.npi) yield { kind: 'code', token: provider.npi };
    if (provider?.taxonomy) yield { kind: 'code', token: provider.taxonomy };
  }
  if (claim.pos) yield { kind: 'code', token: claim.pos };
  for (const dx of claim.diagnoses) {
    yield { kind: 'letter', token: dx.letter, letter: dx.letter.text.toUpperCase(), claim };
    yield { kind: 'code', token: dx.code };
  }
  for (const serviceLine of claim.serviceLines) {
    yield { kind: 'code', token: serviceLine.code };
    for (const modifier of serviceLine.modifiers)
      yield { kind: 'code', token: modifier, serviceLine };
    for (const pointer of serviceLine.pointers) {
      yield { kind: 'pointer', token: pointer, letter: pointer.letter.toUpperCase(), claim };
    }
    if (serviceLine.pos) yield { kind: 'code', token: serviceLine.pos };
    if (serviceLine.npi) yield { kind: 'code', token: serviceLine.npi };
  }
  for (const note of claim.notes) {
    for (const code of note.codes) yield { kind: 'code', token: code };
  }
}

function describe(target: Target, codeSets: CodeSets, payers: PayerProfiles): string {
  switch (target.kind) {
    case 'payer': {
      const name = target.token.text.toLowerCase();
      const profile = payers[name];
      return profile ? payerMarkdown(name, profile) : PAYER_TEXT.unknown(target.token.text);
    }
    case 'pointer':
      return pointerMarkdown(target.claim, target.letter, codeSets);
    case 'letter':
      return letterMarkdown(target.claim, target.letter, codeSets);
    case 'code':
      return codeMarkdown(target.token, codeSets, target.serviceLine);
  }
}

function codeMarkdown(token: CodeToken, codeSets: CodeSets, serviceLine?: ServiceLine): string {
  const code = token.code;
  switch (token.kind) {
    case 'icd10cm': {
      const found = codeSets.icd10cm.get(code);
      return found ? icd10Markdown(codeSets, found) : ICD_TEXT.unknown(code);
    }
    case 'procedure': {
      const found = codeSets.procedures.get(code);
      return found
        ? procedureMarkdown(codeSets, found)
        : PROCEDURE_TEXT.unknown(code, codeSets.procedures.sources);
    }
    case 'modifier': {
      const found = codeSets.modifiers.get(code);
      if (!found) return MODIFIER_TEXT.unknown(code);
      const procedure = serviceLine ? codeSets.procedures.get(serviceLine.code.code) : undefined;
      return modifierMarkdown(found, procedure);
    }
    case 'taxonomy': {
      const found = codeSets.taxonomy.get(code);
      return found
        ? taxonomyMarkdown(found, codeSets.taxonomy.version)
        : TAXONOMY_TEXT.unknown(code, codeSets.taxonomy.version);
    }
    case 'pos': {
      const found = codeSets.placesOfService.get(code);
      return found ? placeOfServiceMarkdown(found) : PLACE_OF_SERVICE_TEXT.unknown(code);
    }
    case 'npi':
      return npiMarkdown(code);
  }
}

function diagnosisLine(claim: Claim, letter: string, codeSets: CodeSets): string | undefined {
  const dx = claim.diagnoses.find((entry) => entry.letter.text.toUpperCase() === letter);
  if (!dx) return undefined;
  const found = codeSets.icd10cm.get(dx.code.code);
  const title = found ? ` ${found.longTitle}` : '';
  const header = found && !found.billable ? DIAGNOSIS_LETTER_TEXT.header : '';
  return `${DIAGNOSIS_LETTER_TEXT.entry(letter, dx.code.code)}${title}${header}`;
}

function pointerMarkdown(claim: Claim, letter: string, codeSets: CodeSets): string {
  const line = diagnosisLine(claim, letter, codeSets);
  return line
    ? DIAGNOSIS_LETTER_TEXT.pointsTo(line)
    : DIAGNOSIS_LETTER_TEXT.missing(letter, claim.id.text);
}

function letterMarkdown(claim: Claim, letter: string, codeSets: CodeSets): string {
  const text = DIAGNOSIS_LETTER_TEXT;
  const users = claim.serviceLines
    .filter((serviceLine) =>
      serviceLine.pointers.some((pointer) => pointer.letter.toUpperCase() === letter),
    )
    .map((serviceLine) =>
      text.serviceLine(serviceLine.code.code, serviceLine.range.start.line + 1),
    );
  const pointedBy = users.length > 0 ? text.pointedBy(users) : text.unused;
  const first = letter === 'A' ? text.firstListed : '';
  const entry = diagnosisLine(claim, letter, codeSets) ?? `**dx ${letter}**`;
  return `${entry}\n\n${pointedBy}${first}`;
}

/** Help for a keyword, a field name or a documentation label under the cursor. */
function wordHover(text: string, position: Position, codeSets: CodeSets): HoverResult | undefined {
  const lines = splitLines(text);
  const lineText = lines[position.line];
  if (lineText === undefined) return undefined;
  const word = wordAround(lineText, position.character);
  if (!word) return undefined;
  const range: Range = {
    start: { line: position.line, character: word.start },
    end: { line: position.line, character: word.end },
  };

  if (enclosingNote(lines, position.line, indentWidth(lineText)) !== undefined) {
    const code = codeInProse(word, position.line);
    if (code) return { markdown: codeMarkdown(code, codeSets), range: code.range };
    const label = /^([A-Za-z][A-Za-z ]*?):/.exec(lineText.trimStart());
    const isFirstWord = wordsOf(lineText)[0]?.start === word.start;
    const known = label ? DOCUMENTATION_LABELS[label[1].toLowerCase()] : undefined;
    if (!known || !isFirstWord) return undefined;
    return { markdown: `**${known.label}:** ${known.help}`, range };
  }

  const comment = lineText.indexOf('#');
  if (comment >= 0 && word.start >= comment) return undefined;
  const words = wordsOf(lineText, comment >= 0 ? comment : lineText.length);
  const statement = words[0]?.text.toLowerCase();
  const name = word.text.toLowerCase();
  if (words[0]?.start === word.start && KEYWORD_HELP[name]) {
    return { markdown: KEYWORD_HELP[name], range };
  }

  const fields =
    statement === 'dos' ? ['to'] : [...(STATEMENT_FIELDS[statement ?? ''] ?? []), 'to'];
  const help = FIELD_HELP[`${statement}.${name}`];
  if (statement && fields.includes(name) && help)
    return { markdown: `**${name}**: ${help}`, range };
  return undefined;
}

/** Codes as a coder writes them in prose; ICD-10-CM only with its dot, since `T10` is a level. */
const PROSE_CODES: [RegExp, CodeToken['kind']][] = [
  [/^[A-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4}$/i, 'icd10cm'],
  [/^[0-9]{3}[0-9A-Z]{6}X$/i, 'taxonomy'],
  [/^([0-9]{4}[0-9FT]|[A-V][0-9]{4})$/i, 'procedure'],
];

/**
 * A code in a note body that the parser passed over, such as one that ends a
 * sentence (`before 64620.`): the word without the punctuation around it.
 */
function codeInProse(word: { text: string; start: number }, line: number): CodeToken | undefined {
  const match = /^[("'\[]*(.*?)[)"'\].,;:!?]*$/.exec(word.text);
  const bare = match?.[1] ?? '';
  const kind = PROSE_CODES.find(([shape]) => shape.test(bare))?.[1];
  if (!kind) return undefined;
  const start = word.start + word.text.indexOf(bare);
  const range: Range = {
    start: { line, character: start },
    end: { line, character: start + bare.length },
  };
  return { text: bare, range, kind, code: bare.toUpperCase() };
}
