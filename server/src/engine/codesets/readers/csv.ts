/**
 * A small RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and
 * line breaks; CRLF and LF both end a record; a leading BOM is ignored.
 * The same reader serves tab-separated files when given `'\t'`.
 */
export function parseDelimited(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const sep = delimiter.charCodeAt(0);

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field === '') {
      // A quoted field runs to the next lone quote.
      i++;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        break;
      }
      continue;
    }
    if (c === sep) {
      record.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === 13 /* \r */ || c === 10 /* \n */) {
      record.push(field);
      field = '';
      records.push(record);
      record = [];
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    const next = nextSpecial(text, i, sep);
    field += text.slice(i, next);
    i = next;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

function nextSpecial(text: string, from: number, sep: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === sep || c === 10 || c === 13) return j;
  }
  return text.length;
}

/**
 * Rows as objects keyed by the header line, so that a publisher adding or
 * moving a column does not break the reader. Header names are compared in
 * lower case with spaces as underscores.
 */
export function parseTable(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = parseDelimited(text, delimiter);
  if (!header) return [];
  const keys = header.map(headerKey);
  return rows.map((row) => {
    const out: Record<string, string> = {};
    keys.forEach((key, i) => (out[key] = (row[i] ?? '').trim()));
    return out;
  });
}

export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '_');
}

/** Fails loudly when a file lacks a column we need, naming the file and column. */
export function requireColumns(
  rows: Record<string, string>[],
  columns: string[],
  fileName: string,
): void {
  const first = rows[0];
  if (!first) throw new Error(`${fileName}: no data rows`);
  const missing = columns.filter((c) => !(c in first));
  if (missing.length > 0) {
    throw new Error(`${fileName}: missing column(s) ${missing.join(', ')}`);
  }
}
