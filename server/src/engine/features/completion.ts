/**
 * Completion: reads the line under the cursor to decide what is being typed (a
 * keyword, a field, a code of some kind, a note label), and asks the provider
 * for that context. The parsed file supplies the structure: the claim the line
 * belongs to, its diagnosis letters and billed codes.
 */
import type { CodeSets } from '../codesets/types';
import type { PayerProfiles } from '../edits/payers';
import { splitLines } from '../markup/parse';
import { indentWidth, isBlankLine } from '../markup/tokens';
import type { Claim, ClaimFile, Position, Range } from '../model';
import {
  icd10Entries,
  placeOfServiceEntries,
  procedureEntries,
  taxonomyEntries,
} from './completion-codes';
import { modifierEntries } from './completion-modifiers';
import {
  diagnosisLetterEntries,
  fieldEntries,
  keywordEntries,
  labelEntries,
  labelValueEntries,
  payerEntries,
  pointerEntries,
  sexEntries,
  STATEMENT_FIELDS,
} from './completion-statements';
import { templateEntries } from './completion-templates';
import type { CompletionEntry, CompletionResult } from './completion-types';
import { enclosingNote, type Word, wordEnd, wordsOf } from './line-context';
import type { DocumentationTemplate } from './templates';

export type { CompletionEntry, CompletionResult } from './completion-types';

export interface CompletionSources {
  codeSets: CodeSets;
  templates: DocumentationTemplate[];
  /** Built-in payer profiles with the user's on top. */
  payers: PayerProfiles;
}

/** What the cursor stands in, with what the client should replace. */
interface Situation {
  lines: string[];
  line: number;
  character: number;
  lineText: string;
  file: ClaimFile;
  claim?: Claim;
  sources: CompletionSources;
}

interface Found {
  items: CompletionEntry[];
  isIncomplete?: boolean;
  start: number;
  end?: number;
}

export function complete(
  text: string,
  position: Position,
  file: ClaimFile,
  sources: CompletionSources,
): CompletionResult {
  const lines = splitLines(text);
  const line = Math.min(Math.max(position.line, 0), lines.length - 1);
  const lineText = lines[line] ?? '';
  const character = Math.min(Math.max(position.character, 0), lineText.length);
  const situation: Situation = {
    lines,
    line,
    character,
    lineText,
    file,
    claim: claimAt(file, line),
    sources,
  };

  const found = findCompletions(situation);
  const range: Range = {
    start: { line, character: found.start },
    end: { line, character: found.end ?? wordEnd(lineText, character) },
  };
  return { items: found.items, isIncomplete: found.isIncomplete ?? false, replaceRange: range };
}

/** The claim whose `claim` line is the last one at or above `line`. */
export function claimAt(file: ClaimFile, line: number): Claim | undefined {
  let found: Claim | undefined;
  for (const claim of file.claims) {
    if (claim.keyword.range.start.line <= line) found = claim;
    else break;
  }
  return found;
}

function findCompletions(situation: Situation): Found {
  const { lines, line, character, lineText } = situation;
  const prefix = lineText.slice(0, character);
  const indent = isBlankLine(prefix) ? indentWidth(prefix) : indentWidth(lineText);
  const noteLine = enclosingNote(lines, line, indent);
  if (noteLine !== undefined) return inNoteBody(situation, noteLine, prefix);

  // Outside note bodies `#` starts a comment: nothing to offer in it.
  if (prefix.includes('#')) return { items: [], start: character, end: character };

  const words = wordsOf(prefix);
  const typing = prefix.length > 0 && !/\s$/.test(prefix) && words.length > 0;
  const partial: Word = typing
    ? words[words.length - 1]
    : { text: '', start: character, end: character };
  const before = typing ? words.slice(0, -1) : words;

  if (before.length === 0) return atLineStart(situation, partial, indent);
  return inStatement(situation, before, partial);
}

function atLineStart(situation: Situation, partial: Word, indent: number): Found {
  const { claim, line, sources } = situation;
  const items = keywordEntries(claim, line);
  if (!claim || indent === 0) {
    items.push(...templateEntries(sources.templates, 'top-level', claim));
  }
  if (claim) items.push(...templateEntries(sources.templates, 'claim', claim));
  return { items, start: partial.start };
}

function inStatement(situation: Situation, before: Word[], partial: Word): Found {
  const { claim, line, character, lineText, sources } = situation;
  const codeSets = sources.codeSets;
  const keyword = before[0].text.toLowerCase();

  switch (keyword) {
    case 'payer':
      return before.length === 1
        ? { items: payerEntries(sources.payers), start: partial.start }
        : none(partial);
    case 'pos':
      return before.length === 1
        ? { items: placeOfServiceEntries(codeSets), start: partial.start }
        : none(partial);
    case 'dos':
      return before.length === 2
        ? { items: fieldEntries('dos', new Set(), true), start: partial.start }
        : none(partial);
    case 'dx': {
      if (before.length === 1) {
        return { items: diagnosisLetterEntries(claim, line), start: partial.start };
      }
      // A code already written and followed by a space: the line is done.
      const written = before.length > 2 && /\d/.test(before[2].text);
      if (written && partial.text === '') return none(partial);

      // Everything after the letter is the query, so that `chronic pain` searches both words.
      const start = before.length > 2 ? before[2].start : partial.start;
      const query = lineText.slice(start, character);
      return search(icd10Entries(codeSets, query), start);
    }
    case 'svc':
      return inServiceLine(situation, before, partial);
    case 'patient':
    case 'billing':
    case 'rendering':
      return afterFields(situation, keyword, before.slice(1), partial);
  }
  return none(partial);
}

function inServiceLine(situation: Situation, before: Word[], partial: Word): Found {
  const { character, lineText, sources } = situation;
  if (before.length === 1) {
    const hyphen = partial.text.indexOf('-');
    if (hyphen < 0) return search(procedureEntries(sources.codeSets, partial.text), partial.start);

    const parts = partial.text.split('-');
    const code = parts[0];
    const present = parts.slice(1, -1).map((modifier) => modifier.toUpperCase());
    const start = partial.start + partial.text.lastIndexOf('-') + 1;
    return {
      items: modifierEntries(sources.codeSets, code, present),
      start,
      end: wordEnd(lineText, character, '-'),
    };
  }

  // `svc intercostal nerve`: words without digits after `svc` search the descriptions.
  const fields = STATEMENT_FIELDS.svc;
  const words = [...before.slice(1), partial].filter((word) => word.text !== '');
  const wordy = words.every(
    (word) => !/\d/.test(word.text) && !fields.includes(word.text.toLowerCase()),
  );
  if (wordy && words.length > 0) {
    const start = before[1].start;
    return search(procedureEntries(sources.codeSets, lineText.slice(start, character)), start);
  }
  return afterFields(situation, 'svc', before.slice(2), partial);
}

/**
 * After a statement's fixed part: either a field name or the value of the field
 * just named. Walks the words so far to know which fields are used and what waits.
 */
function afterFields(situation: Situation, statement: string, words: Word[], partial: Word): Found {
  const { claim, character, lineText, sources } = situation;
  const fields = STATEMENT_FIELDS[statement] ?? [];
  const used = new Set<string>();
  let pending: string | undefined;
  let afterDate = false;
  let searchStart: number | undefined;

  for (const word of words) {
    const name = word.text.toLowerCase();
    if (pending) {
      afterDate = pending === 'dos';
      // A taxonomy may be looked up by words: `taxonomy interventional pain`.
      searchStart = pending === 'taxonomy' && !/\d/.test(word.text) ? word.start : undefined;
      pending = undefined;
      continue;
    }
    if (afterDate && name === 'to') {
      pending = 'to';
      afterDate = false;
      continue;
    }
    afterDate = false;
    if (fields.includes(name)) {
      pending = name;
      used.add(name);
      searchStart = undefined;
    } else if (searchStart !== undefined && /\d/.test(word.text)) {
      searchStart = undefined;
    }
  }

  const typedField = fields.some((field) => field.startsWith(partial.text.toLowerCase()));
  if (searchStart !== undefined && !/\d/.test(partial.text) && !(partial.text && typedField)) {
    const query = lineText.slice(searchStart, character);
    return search(taxonomyEntries(sources.codeSets, query), searchStart);
  }

  switch (pending) {
    case undefined:
      return { items: fieldEntries(statement, used, afterDate), start: partial.start };
    case 'taxonomy':
      return search(taxonomyEntries(sources.codeSets, partial.text), partial.start);
    case 'pos':
      return { items: placeOfServiceEntries(sources.codeSets), start: partial.start };
    case 'sex':
      return { items: sexEntries(), start: partial.start };
    case 'ptr': {
      // Letters run together (`AB`) or with commas: offer the others at the cursor.
      const titleOf = (code: string) => sources.codeSets.icd10cm.get(code)?.shortTitle;
      const items = pointerEntries(claim, partial.text, titleOf);
      return { items, start: character, end: character };
    }
  }
  return none(partial);
}

function inNoteBody(situation: Situation, noteLine: number, prefix: string): Found {
  const { claim, character, sources } = situation;
  const note = claim?.notes.find((candidate) => candidate.keyword.range.start.line === noteLine);
  const text = prefix.trimStart();
  const start = prefix.length - text.length;

  const label = /^([A-Za-z][A-Za-z ]*?)\s*:\s*/.exec(text);
  if (label) {
    const valueStart = start + label[0].length;
    return { items: labelValueEntries(label[1]), start: valueStart };
  }
  if (/\s/.test(text)) return { items: [], start: character, end: character };

  const items = [
    ...labelEntries(note, claim),
    ...templateEntries(sources.templates, 'note-body', claim),
  ];
  return { items, start };
}

function search(items: CompletionEntry[], start: number): Found {
  // Searches are capped and ranked on the server: the client asks again as the query grows.
  return { items, isIncomplete: true, start };
}

function none(partial: Word): Found {
  return { items: [], start: partial.start };
}
