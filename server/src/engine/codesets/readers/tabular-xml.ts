import type { TabularNotes } from '../types';

/**
 * The tabular list as CDC/NCHS publishes it (`icd10cm-tabular-2027.xml`): chapters
 * hold sections, sections hold nested `<diag>` elements, each with its `<name>`
 * (the dotted code), `<desc>` and note elements (`<excludes1>`, `<inclusionTerm>`...)
 * that hold `<note>` texts. Only the notes of codes are read (chapter and section
 * notes are not), with the code references of each kind, which gives the same
 * result as `readTabularNotesJson` on the JSON converted from the same XML.
 */
export function readTabularXml(text: string, fileName: string): Map<string, TabularNotes> {
  const notes = new Map<string, TabularNotes>();
  // Per open <diag>: its code and the notes found so far.
  const open: { code: string; fields: Record<NoteKind, string[]> }[] = [];
  const path: string[] = [];
  let textStart = -1;
  let sawDiag = false;

  for (const tag of text.matchAll(TAG)) {
    const [whole, slash, name, selfClosing] = tag;
    const at = tag.index!;
    if (whole.startsWith('<?') || whole.startsWith('<!')) continue;
    if (slash === '') {
      if (selfClosing) continue;
      path.push(name);
      if (name === 'diag') {
        sawDiag = true;
        open.push({ code: '', fields: emptyFields() });
      }
      textStart = name === 'name' || name === 'note' ? at + whole.length : -1;
      continue;
    }

    const closing = path.pop();
    if (closing !== name) throw new Error(`${fileName}: </${name}> closes <${closing}>`);
    const diag = open[open.length - 1];
    const parent = path[path.length - 1];
    if (name === 'name' && parent === 'diag' && diag && textStart >= 0) {
      diag.code = decode(text.slice(textStart, at)).trim().toUpperCase();
    } else if (name === 'note' && diag && isNoteKind(parent) && path[path.length - 2] === 'diag') {
      diag.fields[parent].push(decode(text.slice(textStart, at)).trim());
    } else if (name === 'diag') {
      open.pop();
      if (diag.code && NOTE_KINDS.some((kind) => diag.fields[kind].length > 0)) {
        notes.set(diag.code, toNotes(diag.fields));
      }
    }
    textStart = -1;
  }
  if (!sawDiag) throw new Error(`${fileName}: no <diag> element; not the ICD-10-CM tabular XML`);
  return notes;
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*|\?xml|!--)[^>]*?(\/?)>/g;

const NOTE_KINDS = [
  'excludes1',
  'excludes2',
  'includes',
  'inclusionTerm',
  'codeFirst',
  'useAdditionalCode',
] as const;
type NoteKind = (typeof NOTE_KINDS)[number];

function isNoteKind(name: string | undefined): name is NoteKind {
  return (NOTE_KINDS as readonly (string | undefined)[]).includes(name);
}

function emptyFields(): Record<NoteKind, string[]> {
  return Object.fromEntries(NOTE_KINDS.map((kind) => [kind, []])) as unknown as Record<
    NoteKind,
    string[]
  >;
}

function toNotes(fields: Record<NoteKind, string[]>): TabularNotes {
  return {
    excludes1: fields.excludes1,
    excludes2: fields.excludes2,
    includes: fields.includes,
    inclusionTerms: fields.inclusionTerm,
    codeFirst: fields.codeFirst,
    useAdditionalCode: fields.useAdditionalCode,
    excludes1Codes: codeReferences(fields.excludes1),
  };
}

/**
 * Codes a note names, as the JSON conversion lists them: a category or a code
 * whose characters after the dot are digits (`G89`, `G89.29`; `G89.-` names `G89`),
 * each once, sorted. Checked against every note of the FY2026 conversion.
 */
export function codeReferences(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(CODE_REFERENCE)) found.add(match[1]);
  return [...found].sort();
}

const CODE_REFERENCE = /\b([A-Z]\d\d(?:\.\d{1,4})?)\b/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
      if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
      const hex = entity[1] === 'x' || entity[1] === 'X';
      return String.fromCodePoint(parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
    });
}
