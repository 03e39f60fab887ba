import type {
  CompiledModifier,
  CompiledTaxonomy,
  Icd10Meta,
  PackInput,
  ProceduresMeta,
} from './compiled';
import type { AddOnRow, Icd10OrderFile, MueRow, PfsRow } from './readers';
import type { Modifier, TabularNotes, Taxonomy } from './types';
import { buildWordIndex, wordIndexSections } from './word-index';

/**
 * From publisher records to the compiled shapes. Pure, so that the same steps
 * serve `npm run data` and a folder of newer files compiled at run time.
 */

export function bareCode(code: string): string {
  return code.replace('.', '');
}

export function compileIcd10(
  order: Icd10OrderFile,
  from: string,
  to: string,
): PackInput<Icd10Meta> {
  const rows = order.rows;
  const rowOf = new Map(rows.map((r, i) => [bareCode(r.code), i]));
  const parent = new Int32Array(rows.length).fill(-1);
  rows.forEach((r, i) => {
    const bare = bareCode(r.code);
    for (let len = bare.length - 1; len >= 3; len--) {
      const p = rowOf.get(bare.slice(0, len));
      if (p !== undefined) {
        parent[i] = p;
        break;
      }
    }
  });

  // Tabular order lists each header's descendants right after it.
  const subtreeEnd = new Uint32Array(rows.length).fill(rows.length);
  const open: number[] = [];
  rows.forEach((r, i) => {
    const bare = bareCode(r.code);
    while (open.length > 0 && !bare.startsWith(bareCode(rows[open[open.length - 1]].code))) {
      subtreeEnd[open.pop()!] = i;
    }
    open.push(i);
  });

  const byCode = Uint32Array.from(rows.keys()).sort((a, b) =>
    rows[a].code < rows[b].code ? -1 : rows[a].code > rows[b].code ? 1 : 0,
  );
  const long = frontCoded(rows.map((r) => r.longTitle));
  const short = againstLong(rows.map((r) => [r.shortTitle, r.longTitle]));
  return {
    meta: { fiscalYear: order.fiscalYear, effective: { from, to } },
    sections: {
      codes: rows.map((r) => r.code.padEnd(ICD10_WIDTH, ' ')).join(''),
      billable: rows.map((r) => (r.billable ? '1' : '0')).join(''),
      longSuffixes: long.suffixes,
      longOffsets: long.offsets,
      longShared: long.shared,
      shortSuffixes: short.suffixes,
      shortOffsets: short.offsets,
      shortShared: short.shared,
      parent,
      subtreeEnd,
      byCode,
    },
  };
}

/** Characters per code in the code columns (`S72.044S`). */
export const ICD10_WIDTH = 8;
export const PROCEDURE_WIDTH = 5;

/** Rows between full titles in the front coding (see `TitleColumn`). */
export const TITLE_BLOCK = 16;

/**
 * Front coding: each title keeps only what differs from the title before it
 * (neighbouring codes share long openings), with a full title every
 * `TITLE_BLOCK` rows so that any title decodes in a few steps.
 */
function frontCoded(titles: string[]): TitleColumns {
  return encodeColumns(titles.map((t, i) => {
    const previous = i % TITLE_BLOCK === 0 ? '' : titles[i - 1];
    return [sharedLength(previous, t), t];
  }));
}

/** Short titles coded against their own long title (often the same, or its opening). */
function againstLong(pairs: [string, string][]): TitleColumns {
  return encodeColumns(pairs.map(([short, long]) => [sharedLength(long, short), short]));
}

interface TitleColumns {
  suffixes: string;
  offsets: Uint32Array;
  shared: Uint32Array;
}

function encodeColumns(rows: [number, string][]): TitleColumns {
  const offsets = new Uint32Array(rows.length + 1);
  const shared = new Uint32Array(rows.length);
  const parts: string[] = [];
  let at = 0;
  rows.forEach(([n, text], i) => {
    offsets[i] = at;
    shared[i] = n;
    parts.push(text.slice(n));
    at += text.length - n;
  });
  offsets[rows.length] = at;
  return { suffixes: parts.join(''), offsets, shared };
}

function sharedLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

const NOTE_FIELDS: (keyof TabularNotes)[] = [
  'excludes1',
  'excludes2',
  'includes',
  'inclusionTerms',
  'codeFirst',
  'useAdditionalCode',
  'excludes1Codes',
];

/**
 * Notes as one JSON text per code, found through a sorted code column, so
 * that a lookup parses only the code asked about.
 */
export function compileNotes(notes: Map<string, TabularNotes>): PackInput<null> {
  const codes = [...notes.keys()].sort();
  const texts = codes.map((code) => {
    const n = notes.get(code)!;
    return JSON.stringify(NOTE_FIELDS.map((f) => (n[f].length > 0 ? n[f] : 0)));
  });
  return {
    meta: null,
    sections: {
      codes: codes.map((c) => c.padEnd(ICD10_WIDTH, ' ')).join(''),
      ...joinedTexts('notes', texts),
    },
  };
}

/** Texts end to end as section `name`, with `${name}Offsets` marking where each starts. */
function joinedTexts(name: string, texts: string[]): Record<string, string | Uint32Array> {
  const offsets = new Uint32Array(texts.length + 1);
  let at = 0;
  texts.forEach((t, i) => {
    offsets[i] = at;
    at += t.length;
  });
  offsets[texts.length] = at;
  return { [name]: texts.join(''), [`${name}Offsets`]: offsets };
}

export function expandNotes(fields: (string[] | 0)[]): TabularNotes {
  const notes = {} as TabularNotes;
  NOTE_FIELDS.forEach((f, i) => (notes[f] = fields[i] || []));
  return notes;
}

/**
 * The word index over titles and inclusion terms. Ties go to billable codes,
 * then shorter titles (the more general wording), then tabular order.
 */
const ENCOUNTER = /, (initial|subsequent) encounter.*$|, sequela$/i;
const LONG_ENCOUNTER = /, (initial|subsequent) encounter|, sequela$/gi;
const SHORT_ENCOUNTER =
  /\b(init|subs|sqla|encntr|sequela|initial|subsequent|encounter|7th[A-Z])\b/g;

export function compileIcd10Search(
  order: Icd10OrderFile,
  notes: Map<string, TabularNotes>,
): PackInput<null> {
  // Short titles add the abbreviations coders type (`fx`, `unsp`) as lesser terms.
  // The 7th-character encounter words are left out: they are on a third of all
  // rows, would triple the index, and ranking already puts initial encounters first.
  const rows = order.rows.map((r) => {
    const n = notes.get(r.code);
    const terms = n ? [...n.inclusionTerms, ...n.includes] : [];
    const short = r.shortTitle.replace(SHORT_ENCOUNTER, ' ');
    return { title: r.longTitle.replace(LONG_ENCOUNTER, ''), terms: [short, ...terms] };
  });
  // The encounter (7th character) wording is left out of the length, so that the
  // initial encounter keeps its tabular place before the subsequent and sequela ones.
  const length = order.rows.map((r) => r.longTitle.replace(ENCOUNTER, '').length);
  const rankOrder = [...order.rows.keys()].sort(
    (a, b) =>
      Number(order.rows[b].billable) - Number(order.rows[a].billable) ||
      length[a] - length[b] ||
      a - b,
  );
  return { meta: null, sections: wordIndexSections(buildWordIndex(rows, rankOrder)) };
}

export interface ProcedureInputs {
  pfs: PfsRow[];
  mue: MueRow[];
  addOns: AddOnRow[];
  descriptions: Map<string, string>;
  sources: string[];
}

export function compileProcedures(input: ProcedureInputs): PackInput<ProceduresMeta> {
  const codes = new Set<string>();
  const fees = new Map<string, string>();
  const feeModifiers = new Map<string, string[]>();
  for (const row of input.pfs) {
    codes.add(row.code);
    const i = row.indicators;
    if (row.modifier === '') {
      const packed = [
        i.status, i.pctc, i.globalDays, i.multipleProcedure,
        i.bilateral, i.assistant, i.coSurgeon, i.team,
      ];
      fees.set(row.code, packed.join(','));
    } else {
      feeModifiers.set(row.code, [...(feeModifiers.get(row.code) ?? []), row.modifier]);
    }
  }

  const mue = new Map<string, MueRow>();
  for (const row of input.mue) {
    codes.add(row.code);
    mue.set(row.code, row);
  }

  const addOns: ProceduresMeta['addOns'] = {};
  for (const row of input.addOns) {
    codes.add(row.addOn);
    if (row.primary) codes.add(row.primary);
    const entry = (addOns[row.addOn] ??= [row.type, [], row.effective ?? '', row.deletion ?? '']);
    if (row.primary && !entry[1].includes(row.primary)) entry[1].push(row.primary);
    // The earliest effective date of any pair is when the add-on entered the edits.
    if (row.effective && (entry[2] === '' || row.effective < entry[2])) entry[2] = row.effective;
  }

  const descriptions: Record<string, string> = {};
  for (const [code, text] of input.descriptions) {
    if (!codes.has(code)) throw new Error(`described code ${code} is in none of the files`);
    descriptions[code] = text;
  }
  const sorted = [...codes].sort();
  const odd = sorted.find((c) => c.length !== PROCEDURE_WIDTH);
  if (odd) throw new Error(`procedure code ${odd} is not ${PROCEDURE_WIDTH} characters`);
  const rows = sorted.map((code) => {
    const m = mue.get(code);
    const mueFields = m ? [String(m.value), String(m.mai), m.rationale] : ['', '', ''];
    return [fees.get(code) ?? '', (feeModifiers.get(code) ?? []).join(' '), ...mueFields].join('|');
  });
  return {
    meta: { sources: input.sources, addOns, descriptions },
    sections: { codes: sorted.join(''), ...joinedTexts('rows', rows) },
  };
}

export function compileModifiers(cpt: CompiledModifier[], hcpcs: Modifier[]): CompiledModifier[] {
  const cptCodes = new Set(cpt.map((m) => m.code));
  // A few codes (P1-P6) are on both lists; our CPT wording with its advice wins.
  return [...cpt, ...hcpcs.filter((m) => !cptCodes.has(m.code))];
}

export function compileTaxonomy(rows: Taxonomy[]): CompiledTaxonomy {
  return rows.map((t) => [
    t.code, t.grouping, t.classification, t.specialization, t.definition, t.displayName,
  ]);
}
