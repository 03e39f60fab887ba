/**
 * Documentation profiles (rule doc-missing), from data/policy/documentation.json:
 * the note elements a billed procedure calls for, and the readings of a note
 * that the rule compares with the claim (levels, units, laterality, guidance).
 */
import table from '../../../../data/policy/documentation.json';
import { cacheKey } from '../cache-key';
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

/**
 * Keyed by procedure code in Maps, not objects: a claim's codes are new strings
 * each parse, and a keyed look-up of a code-like string on an object is several
 * times slower. Codes come upper case, so no key meets an `Object.prototype` name.
 */
const PROFILES: ReadonlyMap<string, DocumentationProfile> = new Map(
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

const GUIDANCE_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries(table.guidance.codes as Record<string, string>),
);

export function documentationProfile(procedure: string): DocumentationProfile | undefined {
  return PROFILES.get(procedure);
}

/** The guidance modality a billed code stands for (`77003` is fluoroscopy). */
export function guidanceOfCode(procedure: string): string | undefined {
  return GUIDANCE_CODES.get(procedure);
}

/**
 * Modalities a note's guidance text names, e.g. `ultrasound` for "US-guided".
 * One set per text, shared: a caller only asks of it.
 */
export function guidanceNamed(text: string): ReadonlySet<string> {
  return rememberedGuidance.answer(text);
}

function readGuidance(text: string): ReadonlySet<string> {
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

/** Every note's elements in order; a single note's own list, not a copy. */
export function noteElements(notes: readonly Note[]): readonly DocumentationElement[] {
  if (notes.length === 1) return notes[0].elements;
  if (notes.length === 0) return NO_ELEMENTS;
  return notes.flatMap((note) => note.elements);
}

const NO_ELEMENTS: readonly DocumentationElement[] = Object.freeze([]);

/** Labels as written may be anything a coder types: keep the tables from growing unbounded. */
const REMEMBERED = 10_000;

/**
 * For a fixed list of requirements, the first element of a note that meets each,
 * as `findElement` finds it, in one pass over the note. What a label meets is
 * read once per label: notes of one practice use the same few labels.
 */
export class ElementMatcher {
  private readonly names: ReadonlySet<string>[];
  /** A label to the indexes of the requirements it meets. */
  private readonly meets = new Map<string, readonly number[]>();

  constructor(readonly requirements: readonly ElementRequirement[]) {
    this.names = requirements.map(
      (requirement) => new Set([requirement.label, ...requirement.aliases]),
    );
  }

  /** For each requirement (by index), the first element that meets it, or undefined. */
  firstElements(
    elements: readonly DocumentationElement[],
  ): (DocumentationElement | undefined)[] {
    const count = this.requirements.length;
    const found: (DocumentationElement | undefined)[] = [];
    for (let i = 0; i < count; i++) found.push(undefined);
    let left = count;
    for (let e = 0; e < elements.length && left > 0; e++) {
      const element = elements[e];
      const meets = this.requirementsMet(element.label);
      for (let m = 0; m < meets.length; m++) {
        const index = meets[m];
        if (found[index] !== undefined) continue;
        found[index] = element;
        left--;
      }
    }
    return found;
  }

  private requirementsMet(label: string): readonly number[] {
    const known = this.meets.get(label);
    if (known) return known;
    const words = label.split(/[\s/&()-]+/);
    const meets: number[] = [];
    for (let i = 0; i < this.names.length; i++) {
      const names = this.names[i];
      if (words.some((word) => names.has(word))) meets.push(i);
    }
    if (this.meets.size >= REMEMBERED) this.meets.clear();
    this.meets.set(cacheKey(label), meets);
    return meets;
  }
}

/**
 * A reading of note text kept per text: a note's values repeat from claim to
 * claim (`right`, `T5, T6`, `ultrasound`) and each claim would read them again.
 */
class Remembered<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly read: (text: string) => T) {}

  answer(text: string): T {
    const known = this.answers.get(text);
    if (known !== undefined || this.answers.has(text)) return known as T;
    const answer = this.read(text);
    if (this.answers.size >= REMEMBERED) this.answers.clear();
    this.answers.set(cacheKey(text), answer);
    return answer;
  }
}

const rememberedGuidance = new Remembered(readGuidance);
const rememberedLevels = new Remembered(readLevels);
const rememberedUnits = new Remembered(readUnits);
const rememberedSide = new Remembered(readSide);

/** A spinal level (`T5`), or a range of them (`T5-T7`, `T5-7`, `T5 to T7`). */
const LEVEL =
  /\b([CTLS])\s?(\d{1,2})\b(?:\s*(?:-|–|to|through|thru)\s*([CTLS])?\s?(\d{1,2})\b)?/gi;

/**
 * The distinct spinal levels a note lists: `T5, T6` and `T5-T6` are two,
 * `T4-7` is four. Undefined when the text names none (then nothing is compared).
 */
export function countLevels(text: string): number | undefined {
  return rememberedLevels.answer(text);
}

function readLevels(text: string): number | undefined {
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
  return rememberedUnits.answer(text);
}

function readUnits(text: string): number | undefined {
  const match = /\b(\d{1,3})\b/.exec(text);
  return match ? Number(match[1]) : undefined;
}

export type Side = 'right' | 'left' | 'bilateral';

/** The side a laterality text names, when it names exactly one reading. */
export function sideNamed(text: string): Side | undefined {
  return rememberedSide.answer(text);
}

function readSide(text: string): Side | undefined {
  const lower = text.toLowerCase();
  const bilateral = /\b(bilateral|bilaterally|both)\b/.test(lower);
  const right = /\bright\b/.test(lower);
  const left = /\bleft\b/.test(lower);
  if (bilateral || (right && left)) return 'bilateral';
  if (right) return 'right';
  if (left) return 'left';
  return undefined;
}
