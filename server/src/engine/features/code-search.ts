/**
 * Look Up Code: one search over every code set, by code or by words, for the
 * quick pick that inserts the chosen code. Scores of different code sets are
 * not comparable, so results are ranked by how the query matched (the exact
 * code, a code prefix, then words) and, within that, each set's own order,
 * taking from the sets in turn.
 */
import type { CodeSets } from '../codesets/types';
import type { CodeKind } from '../model';
import { shorten } from './short-titles';

export interface CodeSearchItem {
  /** Canonical code, as it is inserted. */
  code: string;
  kind: CodeKind;
  /** The code set's name for the kind, e.g. `ICD-10-CM`. */
  codeSet: string;
  title: string;
  /** More about the code, when there is more: billable or not, facility, grouping. */
  detail?: string;
}

export const CODE_SET_NAMES: Record<Exclude<CodeKind, 'npi'>, string> = {
  icd10cm: 'ICD-10-CM',
  procedure: 'CPT/HCPCS',
  modifier: 'Modifier',
  taxonomy: 'NUCC taxonomy',
  pos: 'Place of service',
};

const DEFAULT_LIMIT = 60;

export function searchCodes(
  codeSets: CodeSets,
  query: string,
  limit = DEFAULT_LIMIT,
): CodeSearchItem[] {
  const trimmed = query.trim();
  if (trimmed.length === 0) return [];
  const sets: CodeSearchItem[][] = [
    codeSets.icd10cm.search(trimmed, limit).map(({ item }) => ({
      code: item.code,
      kind: 'icd10cm' as const,
      codeSet: CODE_SET_NAMES.icd10cm,
      title: item.shortTitle,
      detail: item.billable ? item.longTitle : `${item.longTitle} (a header: not billable)`,
    })),
    codeSets.procedures.search(trimmed, limit).map(({ item }) => ({
      code: item.code,
      kind: 'procedure' as const,
      codeSet: CODE_SET_NAMES.procedure,
      title: shorten(item.description, 80) ?? 'no description loaded',
      detail: item.description,
    })),
    filterList(codeSets.modifiers.all(), trimmed, (m) => m.description).map((m) => ({
      code: m.code,
      kind: 'modifier' as const,
      codeSet: CODE_SET_NAMES.modifier,
      title: shorten(m.description, 80) ?? m.code,
      detail: m.whenToUse ?? m.description,
    })),
    codeSets.taxonomy.search(trimmed, limit).map(({ item }) => ({
      code: item.code,
      kind: 'taxonomy' as const,
      codeSet: CODE_SET_NAMES.taxonomy,
      title: item.displayName,
      detail: [item.grouping, item.classification, item.specialization].filter(Boolean).join(' / '),
    })),
    filterList(codeSets.placesOfService.all(), trimmed, (p) => `${p.name} ${p.description}`).map(
      (p) => ({
        code: p.code,
        kind: 'pos' as const,
        codeSet: CODE_SET_NAMES.pos,
        title: p.name,
        detail: `${p.facility}: ${p.description}`,
      }),
    ),
  ];
  return rank(sets, trimmed).slice(0, limit);
}

/** Exact code first, then code prefixes, then word matches; the sets take turns within each. */
function rank(sets: CodeSearchItem[][], query: string): CodeSearchItem[] {
  const bare = query.toUpperCase().replace('.', '');
  const tier = (item: CodeSearchItem) => {
    const code = item.code.replace('.', '');
    if (code === bare) return 0;
    return code.startsWith(bare) ? 1 : 2;
  };
  const ranked: { item: CodeSearchItem; tier: number; turn: number; set: number }[] = [];
  sets.forEach((items, set) => {
    items.forEach((item, turn) => ranked.push({ item, tier: tier(item), turn, set }));
  });
  ranked.sort((a, b) => a.tier - b.tier || a.turn - b.turn || a.set - b.set);

  const seen = new Set<string>();
  return ranked
    .filter(({ item }) => {
      const key = `${item.kind}:${item.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ item }) => item);
}

/** For the small lists (modifiers, places of service): a code prefix, or every word in the text. */
function filterList<T extends { code: string }>(
  items: T[],
  query: string,
  text: (item: T) => string,
): T[] {
  const upper = query.toUpperCase();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (item.code.toUpperCase().startsWith(upper)) return true;
    const haystack = text(item).toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
