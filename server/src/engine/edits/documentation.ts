/**
 * Documentation profiles (rule doc-missing), from data/policy/documentation.json:
 * the note elements a billed procedure calls for, and the readings of a note
 * that the rule compares with the claim (levels, units, laterality, guidance).
 */
import table from '../../../../data/policy/documentation.json';
import type { DocumentationElement, Note } from '../model';

export interface ElementRequirement {
  label: string;
  aliases: string[];
  what: string;
}

export interface DocumentationProfile {
  procedure: string;
  source: string;
  unitsPer?: 'level';
  elements: ElementRequirement[];
}

const PROFILES: Readonly<Record<string, DocumentationProfile>> = Object.fromEntries(
  Object.entries(table.procedures).map(([procedure, entry]) => [
    procedure,
    {
      procedure,
      source: entry.source,
      unitsPer: entry.unitsPer === 'level' ? 'level' : undefined,
      elements: entry.elements,
    },
  ]),
);

export function documentationProfile(procedure: string): DocumentationProfile | undefined {
  return PROFILES[procedure];
}

/** The guidance modality a billed code stands for (`77003` is fluoroscopy). */
export function guidanceOfCode(procedure: string): string | undefined {
  return (table.guidance.codes as Record<string, string>)[procedure];
}

/** Modalities a note's guidance text names, e.g. `ultrasound` for "US-guided". */
export function guidanceNamed(text: string): Set<string> {
  const words = new Set(text.toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean));
  const named = new Set<string>();
  for (const [modality, synonyms] of Object.entries(table.guidance.words)) {
    if (synonyms.some((synonym) => words.has(synonym))) named.add(modality);
  }
  return named;
}

/** The note's element that meets a requirement, if any. */
export function findElement(
  elements: readonly DocumentationElement[],
  requirement: ElementRequirement,
): DocumentationElement | undefined {
  const names = new Set([requirement.label, ...requirement.aliases]);
  return elements.find((element) =>
    element.label.split(/[\s/&()-]+/).some((word) => names.has(word)),
  );
}

export function noteElements(notes: readonly Note[]): DocumentationElement[] {
  return notes.flatMap((note) => note.elements);
}

/** A spinal level (`T5`), or a range of them (`T5-T7`, `T5-7`, `T5 to T7`). */
const LEVEL =
  /\b([CTLS])\s?(\d{1,2})\b(?:\s*(?:-|–|to|through|thru)\s*([CTLS])?\s?(\d{1,2})\b)?/gi;

/**
 * The distinct spinal levels a note lists: `T5, T6` and `T5-T6` are two,
 * `T4-7` is four. Undefined when the text names none (then nothing is compared).
 */
export function countLevels(text: string): number | undefined {
  const levels = new Set<string>();
  LEVEL.lastIndex = 0;
  for (let match = LEVEL.exec(text); match; match = LEVEL.exec(text)) {
    const region = match[1].toUpperCase();
    const from = Number(match[2]);
    const toRegion = (match[3] ?? region).toUpperCase();
    const to = match[4] === undefined ? from : Number(match[4]);
    if (toRegion !== region || to < from || to - from > 12) {
      levels.add(`${region}${from}`);
      continue;
    }
    for (let level = from; level <= to; level++) levels.add(`${region}${level}`);
  }
  if (levels.size > 0) return levels.size;
  const plain = /^\s*(\d{1,2})\s*(levels?)?\s*$/i.exec(text);
  return plain ? Number(plain[1]) : undefined;
}

/** The first whole number in a `Units:` text. */
export function unitsWritten(text: string): number | undefined {
  const match = /\b(\d{1,3})\b/.exec(text);
  return match ? Number(match[1]) : undefined;
}

export type Side = 'right' | 'left' | 'bilateral';

/** The side a laterality text names, when it names exactly one reading. */
export function sideNamed(text: string): Side | undefined {
  const lower = text.toLowerCase();
  const bilateral = /\b(bilateral|bilaterally|both)\b/.test(lower);
  const right = /\bright\b/.test(lower);
  const left = /\bleft\b/.test(lower);
  if (bilateral || (right && left)) return 'bilateral';
  if (right) return 'right';
  if (left) return 'left';
  return undefined;
}
