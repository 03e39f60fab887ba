/**
 * Completion of the markup's own words: statement keywords, field names, payer
 * profiles, sex, diagnosis letters, and the labels of a procedure note.
 */
import { documentationProfile, findElement } from '../edits/documentation';
import type { PayerProfiles } from '../edits/payers';
import type { Claim, Note } from '../model';
import { type CompletionEntry, sortKey } from './completion-types';
import {
  DIAGNOSIS_LETTER_TEXT,
  DOCUMENTATION_LABELS,
  FIELD_HELP,
  KEYWORD_HELP,
  LABEL_VALUES,
  SEX_VALUES,
} from './hover-text';
import { payerMarkdown } from './hover-markdown';

/** Statements in the order a claim is usually written. */
const CLAIM_STATEMENTS = [
  'payer',
  'patient',
  'billing',
  'rendering',
  'pos',
  'dos',
  'dx',
  'svc',
  'note',
];

/** The fields each statement takes after its fixed part, in the order they are usually written. */
export const STATEMENT_FIELDS: Record<string, string[]> = {
  patient: ['id', 'dob', 'sex'],
  billing: ['npi', 'taxonomy'],
  rendering: ['npi', 'taxonomy'],
  svc: ['ptr', 'units', 'charge', 'dos', 'pos', 'npi'],
};

const LETTERS = 'ABCDEFGHIJKL';

function simple(
  label: string,
  kind: CompletionEntry['kind'],
  detail: string,
  rank: number,
  insertText = label,
): CompletionEntry {
  return {
    label,
    kind,
    detail,
    documentation: detail,
    insertText,
    sortText: sortKey(rank),
    filterText: label,
  };
}

/**
 * Keywords at the start of a line. Inside a claim, the header statements it already
 * has are left out (each appears once); before the first claim only `claim` fits.
 */
export function keywordEntries(claim: Claim | undefined, line: number): CompletionEntry[] {
  if (!claim) return [simple('claim', 'keyword', KEYWORD_HELP.claim, 0, 'claim ')];

  const given = new Set<string>();
  for (const [header, at] of Object.entries(headerLines(claim))) {
    if (at !== undefined && at !== line) given.add(header);
  }
  const entries = CLAIM_STATEMENTS.filter((keyword) => !given.has(keyword)).map((keyword, rank) =>
    simple(keyword, 'keyword', KEYWORD_HELP[keyword], rank, `${keyword} `),
  );
  entries.push(simple('claim', 'keyword', KEYWORD_HELP.claim, entries.length, 'claim '));
  return entries;
}

/** Field names not yet used on the line; `to` right after a date of service. */
export function fieldEntries(
  statement: string,
  used: Set<string>,
  offerTo: boolean,
): CompletionEntry[] {
  const names = (STATEMENT_FIELDS[statement] ?? []).filter((name) => !used.has(name));
  if (offerTo) names.unshift('to');
  return names.map((name, rank) =>
    simple(
      name,
      'field',
      FIELD_HELP[`${statement}.${name}`] ?? FIELD_HELP['dos.to'],
      rank,
      `${name} `,
    ),
  );
}

export function payerEntries(profiles: PayerProfiles): CompletionEntry[] {
  return Object.entries(profiles).map(([key, profile], rank) => ({
    label: key,
    kind: 'value',
    detail: profile.name,
    documentation: payerMarkdown(key, profile),
    insertText: key,
    sortText: sortKey(rank),
    filterText: key,
  }));
}

export function sexEntries(): CompletionEntry[] {
  return Object.entries(SEX_VALUES).map(([code, meaning], rank) =>
    simple(code, 'value', meaning, rank),
  );
}

/** The line each header statement of the claim stands on, when given. */
function headerLines(claim: Claim): Record<string, number | undefined> {
  return {
    payer: claim.payer?.range.start.line,
    patient: claim.patient?.keyword.range.start.line,
    billing: claim.billing?.keyword.range.start.line,
    rendering: claim.rendering?.keyword.range.start.line,
    pos: claim.pos?.range.start.line,
    dos: claim.dos?.from.range.start.line,
  };
}

/** Free letters for a new `dx` line, in order. */
export function diagnosisLetterEntries(claim: Claim | undefined, line: number): CompletionEntry[] {
  const taken = new Set(
    (claim?.diagnoses ?? [])
      .filter((dx) => dx.letter.range.start.line !== line)
      .map((dx) => dx.letter.text.toUpperCase()),
  );
  return [...LETTERS]
    .filter((letter) => !taken.has(letter))
    .map((letter, rank) =>
      simple(letter, 'value', DIAGNOSIS_LETTER_TEXT.letter(letter), rank, `${letter} `),
    );
}

/** The claim's diagnosis letters for `ptr`, with codes and titles; those typed are left out. */
export function pointerEntries(
  claim: Claim | undefined,
  typed: string,
  titleOf: (code: string) => string | undefined,
): CompletionEntry[] {
  const already = new Set(typed.toUpperCase().replace(/[^A-L]/g, ''));
  return (claim?.diagnoses ?? [])
    .filter((dx) => !already.has(dx.letter.text.toUpperCase()))
    .map((dx, rank) => {
      const letter = dx.letter.text.toUpperCase();
      const title = titleOf(dx.code.code);
      const detail = title ? `${dx.code.code} ${title}` : dx.code.code;
      return {
        label: letter,
        kind: 'value',
        detail,
        documentation: DIAGNOSIS_LETTER_TEXT.pointsTo(DIAGNOSIS_LETTER_TEXT.entry(letter, detail)),
        insertText: letter,
        sortText: sortKey(rank),
        filterText: letter,
      };
    });
}

/**
 * Documentation labels at the start of a note body line: first those the billed
 * procedures call for (data/policy/documentation.json), then the other common ones.
 * Labels the note already has are left out.
 */
export function labelEntries(note: Note | undefined, claim: Claim | undefined): CompletionEntry[] {
  const elements = note?.elements ?? [];
  const offered = new Set(elements.map((element) => element.label.toLowerCase()));
  const entries: CompletionEntry[] = [];
  const add = (label: string, detail: string) => {
    if (offered.has(label)) return;
    offered.add(label);
    const title = DOCUMENTATION_LABELS[label]?.label ?? label[0].toUpperCase() + label.slice(1);
    entries.push({
      label: `${title}:`,
      kind: 'field',
      detail,
      documentation: detail,
      insertText: `${title}: `,
      sortText: sortKey(entries.length),
      filterText: title,
    });
  };

  for (const serviceLine of claim?.serviceLines ?? []) {
    const profile = documentationProfile(serviceLine.code.code);
    for (const requirement of profile?.elements ?? []) {
      if (findElement(elements, requirement)) offered.add(requirement.label);
      add(requirement.label, `${requirement.what} (${profile?.procedure} calls for it)`);
    }
  }
  for (const [key, { help }] of Object.entries(DOCUMENTATION_LABELS)) add(key, help);
  return entries;
}

/** Usual answers after a label such as `Laterality:`. */
export function labelValueEntries(label: string): CompletionEntry[] {
  return (LABEL_VALUES[label.toLowerCase()] ?? []).map((value, rank) =>
    simple(
      value,
      'value',
      `${DOCUMENTATION_LABELS[label.toLowerCase()]?.label ?? label}: ${value}`,
      rank,
    ),
  );
}
