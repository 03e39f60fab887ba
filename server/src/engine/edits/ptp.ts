/**
 * NCCI procedure-to-procedure (PTP) edits, read from the CMS practitioner files
 * in their published tab-separated layout. None can be bundled (see
 * ../shared/codesets/README.md), so the user names the files; this module only
 * reads text, the node side (config/ptp.ts) finds and reads the files.
 *
 * Columns: column 1 code, column 2 code, `*` when the edit existed before 1996,
 * effective date YYYYMMDD, deletion date YYYYMMDD or `*`, modifier indicator
 * 0/1/9, rationale. Lines that are not edits (the copyright notice and the
 * column headings at the top of each file) are skipped.
 */

export type PtpModifierIndicator = 0 | 1 | 9;

export interface PtpEdit {
  column1: string;
  column2: string;
  /** ISO date the edit takes effect. */
  effective: string;
  /** ISO date from which the edit no longer applies; undefined when not deleted. */
  deletion?: string;
  modifierIndicator: PtpModifierIndicator;
  rationale: string;
  /** The file the edit came from, for messages. */
  source: string;
}

/** The edits the checker knows, looked up by the pair of codes in column order. */
export interface PtpEditTable {
  /** File names the edits came from, in the order they were read. */
  sources: string[];
  size: number;
  /** Edits with `column1` in column one and `column2` in column two, any date. */
  find(column1: string, column2: string): PtpEdit[];
}

export interface PtpParseResult {
  edits: PtpEdit[];
  /** Plain sentences naming the file and the line, for lines that look like edits but are not. */
  problems: string[];
}

const PROCEDURE = /^[0-9A-Z]{4}[0-9A-Z]$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** More problems than this in one file means it is not a PTP file: say so once. */
const MAX_PROBLEMS = 5;

/** `20260101` as `2026-01-01`, or undefined when it is not such a date. */
export function isoFromCompactDate(text: string): string | undefined {
  const match = COMPACT_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${m}-${d}`;
}

/** Reads one PTP file's text. `fileName` is used in edits and problems. */
export function parsePtpText(text: string, fileName: string): PtpParseResult {
  const edits: PtpEdit[] = [];
  const problems: string[] = [];
  let badLines = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  lines.forEach((raw, index) => {
    const fields = raw.split('\t').map((field) => field.trim());
    const column1 = fields[0]?.toUpperCase() ?? '';
    const column2 = fields[1]?.toUpperCase() ?? '';
    // Headings and notices do not start with two codes; they are not edits.
    if (!PROCEDURE.test(column1) || !PROCEDURE.test(column2)) return;

    const edit = readEdit(fields, column1, column2, fileName);
    if (typeof edit === 'string') {
      badLines++;
      if (badLines <= MAX_PROBLEMS) problems.push(`${fileName} line ${index + 1}: ${edit}`);
      return;
    }
    edits.push(edit);
  });

  if (badLines > MAX_PROBLEMS) {
    problems.push(`${fileName}: ${badLines - MAX_PROBLEMS} more lines could not be read.`);
  }
  if (edits.length === 0 && problems.length === 0) {
    problems.push(
      `${fileName}: no PTP edits found; expected tab-separated lines of column 1 code, ` +
        'column 2 code, prior-1996 flag, effective date, deletion date, modifier indicator, ' +
        'rationale.',
    );
  }
  return { edits, problems };
}

function readEdit(
  fields: string[],
  column1: string,
  column2: string,
  source: string,
): PtpEdit | string {
  if (fields.length < 6) return `expected at least 6 tab-separated columns, found ${fields.length}`;

  const effective = isoFromCompactDate(fields[3]);
  if (!effective) return `effective date "${fields[3]}" is not YYYYMMDD`;

  let deletion: string | undefined;
  if (fields[4] !== '*' && fields[4] !== '') {
    deletion = isoFromCompactDate(fields[4]);
    if (!deletion) return `deletion date "${fields[4]}" is neither YYYYMMDD nor *`;
  }

  const indicator = fields[5];
  if (indicator !== '0' && indicator !== '1' && indicator !== '9') {
    return `modifier indicator "${indicator}" is not 0, 1 or 9`;
  }

  return {
    column1,
    column2,
    effective,
    deletion,
    modifierIndicator: Number(indicator) as PtpModifierIndicator,
    rationale: fields[6] ?? '',
    source,
  };
}

/** A table over edits from one or more files. Later files add to earlier ones. */
export function createPtpTable(
  edits: readonly PtpEdit[],
  sources: readonly string[],
): PtpEditTable {
  const byPair = new Map<string, PtpEdit[]>();
  for (const edit of edits) {
    const key = `${edit.column1}|${edit.column2}`;
    const list = byPair.get(key);
    if (list) list.push(edit);
    else byPair.set(key, [edit]);
  }
  return {
    sources: [...sources],
    size: edits.length,
    find: (column1, column2) => byPair.get(`${column1}|${column2}`) ?? [],
  };
}

/**
 * Whether an edit applies on a date of service. A deletion date is the first day
 * the edit no longer applies: CMS gives pairs that never applied the same
 * effective and deletion date (NCCI Policy Manual, chapter I, section E).
 */
export function ptpEditInEffect(edit: PtpEdit, date: string): boolean {
  if (date < edit.effective) return false;
  return edit.deletion === undefined || date < edit.deletion;
}
