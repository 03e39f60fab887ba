import type { ProceduresMeta } from './compiled';
import type { SectionReader } from './pack';
import { CodeColumn } from './sorted';
import { cacheKey } from '../cache-key';
import { parseDelimited } from './readers/csv';
import { words } from './tokens';
import type { FeeScheduleIndicators, ProcedureCode, ProcedureCodeSet, SearchHit } from './types';

/** Unknown codes remembered by `get`: bounded, for odd input. */
const MISSING_LIMIT = 50_000;

const CODE_SHAPED = /^[0-9A-Z]{0,4}\d[0-9A-Z]{0,4}$|^[A-Z]$/;

/**
 * CPT and HCPCS codes as the fee-schedule, MUE and add-on files name them.
 * Descriptions are ours unless a licensed descriptor file has been loaded.
 */
export class ProcedureSet implements ProcedureCodeSet {
  readonly sources: string[];
  /** The codes the CMS files name, with their rows. */
  private readonly fileCodes: CodeColumn;
  private readonly rows: string;
  private readonly rowsOffsets: Uint32Array;
  /** The same plus codes only a licensed descriptor file names. */
  private codes: CodeColumn;
  private readonly data: ProceduresMeta;
  private readonly licensed = new Map<string, string>();
  private readonly made = new Map<string, ProcedureCode>();
  /** Codes asked for that no file names: every rule asks again for a claim's unknown code. */
  private readonly missing = new Set<string>();
  private addOnsByPrimary?: Map<string, string[]>;
  private searchable?: { code: string; words: string[]; length: number }[];

  constructor(meta: ProceduresMeta, sections: SectionReader) {
    this.data = meta;
    this.fileCodes = new CodeColumn(sections.text('codes'), 5);
    this.codes = this.fileCodes;
    this.rows = sections.text('rows');
    this.rowsOffsets = sections.u32('rowsOffsets');
    this.sources = [...meta.sources];
  }

  get(code: string): ProcedureCode | undefined {
    // A claim's codes come canonical: found as written, with no new string per look-up.
    const made = this.made.get(code);
    if (made) return made;
    const key = code.trim().toUpperCase();
    const cached = this.made.get(key);
    if (cached) return cached;
    if (this.missing.has(key)) return undefined;
    const i = this.codes.lowerBound(key);
    if (i >= this.codes.size || this.codes.compare(i, key) !== 0) {
      if (this.missing.size < MISSING_LIMIT) this.missing.add(cacheKey(key));
      return undefined;
    }
    const item = this.build(key);
    this.made.set(key, item);
    return item;
  }

  search(query: string, limit: number): SearchHit<ProcedureCode>[] {
    const q = query.trim().toUpperCase();
    if (q === '' || limit <= 0) return [];
    if (CODE_SHAPED.test(q)) {
      const out: SearchHit<ProcedureCode>[] = [];
      for (let i = this.codes.lowerBound(q); i < this.codes.size && out.length < limit; i++) {
        if (!this.codes.startsWith(i, q)) break;
        out.push({ item: this.get(this.codes.at(i))!, score: 1000 - out.length });
      }
      if (out.length > 0) return out;
    }
    return this.searchDescriptions(query, limit);
  }

  loadLicensedDescriptors(csvText: string, fileName: string): string | undefined {
    const rows = parseDelimited(csvText);
    let bad = 0;
    let firstBad = 0;
    let loaded = 0;
    rows.forEach((row, i) => {
      const code = (row[0] ?? '').trim().toUpperCase();
      const description = (row[1] ?? '').trim();
      if (i === 0 && code === 'CODE') return;
      if (!/^[0-9A-Z]{5}$/.test(code) || description === '') {
        if (bad++ === 0) firstBad = i + 1;
        return;
      }
      this.licensed.set(code, description);
      loaded++;
    });
    if (loaded === 0) return `${fileName}: no rows of the form code,description`;

    // A licensed CPT file also says which codes exist, beyond the CMS files.
    const extra = [...this.licensed.keys()].filter((c) => this.rowOf(c) < 0);
    if (extra.length > 0) {
      const all = [...this.fileCodes.text.match(/.{5}/g)!, ...extra];
      this.codes = CodeColumn.from([...new Set(all)].sort(), 5);
    }
    if (!this.sources.includes(fileName)) this.sources.push(fileName);
    this.made.clear();
    this.missing.clear();
    this.searchable = undefined;
    if (bad > 0) {
      return `${fileName}: ${bad} row(s) are not code,description (first at line ${firstBad})`;
    }
    return undefined;
  }

  private build(code: string): ProcedureCode {
    const item: ProcedureCode = { code };
    const licensed = this.licensed.get(code);
    const ours = this.data.descriptions[code];
    if (licensed) {
      item.description = licensed;
      item.descriptionSource = 'licensed';
    } else if (ours) {
      item.description = ours;
      item.descriptionSource = 'ours';
    }
    const row = this.rowOf(code);
    const text = row < 0 ? '' : this.rows.slice(this.rowsOffsets[row], this.rowsOffsets[row + 1]);
    const [fees, feeModifiers, mueValue, mai, rationale] = text.split('|');
    if (fees) item.fees = feesOf(fees);
    if (feeModifiers) item.feeScheduleModifiers = feeModifiers.split(' ');
    if (mueValue) {
      item.mue = { value: Number(mueValue), mai: Number(mai) as 1 | 2 | 3, rationale: rationale };
    }
    const addOn = this.data.addOns[code];
    if (addOn) {
      item.addOn = { type: addOn[0], primaries: addOn[1] };
      if (addOn[2]) item.addOn.effective = addOn[2];
      if (addOn[3]) item.addOn.deletion = addOn[3];
    }
    const allowed = this.addOnsFor(code);
    if (allowed.length > 0) item.addOnsAllowed = allowed;
    return item;
  }

  /** Index of a code in the CMS files' column, or -1. */
  private rowOf(code: string): number {
    const i = this.fileCodes.lowerBound(code);
    return i < this.fileCodes.size && this.fileCodes.compare(i, code) === 0 ? i : -1;
  }

  private addOnsFor(primary: string): string[] {
    if (!this.addOnsByPrimary) {
      this.addOnsByPrimary = new Map();
      for (const [addOn, [, primaries]] of Object.entries(this.data.addOns)) {
        for (const p of primaries) {
          const list = this.addOnsByPrimary.get(p);
          if (list) list.push(addOn);
          else this.addOnsByPrimary.set(p, [addOn]);
        }
      }
    }
    return this.addOnsByPrimary.get(primary) ?? [];
  }

  /** Every query word must start a word of the description; shorter descriptions first. */
  private searchDescriptions(query: string, limit: number): SearchHit<ProcedureCode>[] {
    const wanted = words(query);
    if (wanted.length === 0) return [];
    this.searchable ??= this.describedCodes().map(([code, text]) => ({
      code,
      words: words(text),
      length: text.length,
    }));
    const hits: { code: string; score: number }[] = [];
    for (const entry of this.searchable) {
      let score = 0;
      for (const w of wanted) {
        const at = entry.words.findIndex((x) => x.startsWith(w));
        if (at < 0) {
          score = -1;
          break;
        }
        score += (entry.words[at] === w ? 3 : 2) + (at === 0 ? 1 : 0);
      }
      if (score > 0) hits.push({ code: entry.code, score: score * 1000 - entry.length });
    }
    hits.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
    return hits.slice(0, limit).map((h) => ({ item: this.get(h.code)!, score: h.score }));
  }

  private describedCodes(): [string, string][] {
    const merged = new Map(Object.entries(this.data.descriptions));
    for (const [code, text] of this.licensed) merged.set(code, text);
    return [...merged];
  }
}

function feesOf(packed: string): FeeScheduleIndicators {
  const [status, pctc, globalDays, multipleProcedure, bilateral, assistant, coSurgeon, team] =
    packed.split(',');
  return { status, pctc, globalDays, multipleProcedure, bilateral, assistant, coSurgeon, team };
}
