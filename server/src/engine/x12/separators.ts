/**
 * The separators of an X12 interchange, read from its ISA segment: the element
 * separator is the character right after `ISA`, the component separator is ISA16,
 * and the segment terminator is the character after ISA16. ISA has a fixed count of
 * sixteen elements, so counting separators finds ISA16 even when a sender pads or
 * trims the fixed-width fields.
 */

export interface Separators {
  element: string;
  component: string;
  /** ISA11 in version 00501; no 837P element that we read repeats. */
  repetition?: string;
  segment: string;
  /** Offset of the `I` of `ISA` (after a byte-order mark or blank lines). */
  isaOffset: number;
}

const ISA_ELEMENTS = 16;
const LEADING_BLANKS = /^[\uFEFF\s]*/;

/** Where `ISA` starts when the text opens with it, after blanks and a byte-order mark. */
export function isaStart(text: string): number | undefined {
  const start = LEADING_BLANKS.exec(text)?.[0].length ?? 0;
  return text.startsWith('ISA', start) ? start : undefined;
}

/** The separators, or undefined when the text does not open with a readable ISA segment. */
export function readSeparators(text: string): Separators | undefined {
  const isaOffset = isaStart(text);
  if (isaOffset === undefined) return undefined;
  const element = text[isaOffset + 3];
  if (!element || /[\sA-Za-z0-9]/.test(element)) return undefined;

  // Find the separator that opens ISA16: the sixteenth after the tag.
  let at = isaOffset + 3;
  for (let count = 1; count < ISA_ELEMENTS; count++) {
    at = text.indexOf(element, at + 1);
    if (at < 0) return undefined;
  }
  const component = text[at + 1];
  const segment = text[at + 2];
  if (!component || !segment || component === element || segment === element) return undefined;

  // ISA11 is the eleventh element: the value after the eleventh separator.
  let isa11 = isaOffset + 3;
  for (let count = 1; count < 11; count++) isa11 = text.indexOf(element, isa11 + 1);
  const repetitionValue = text.slice(isa11 + 1, text.indexOf(element, isa11 + 1));
  // Before 00501, ISA11 was the standards identifier `U`, not a separator.
  const repetition =
    repetitionValue.length === 1 && !/[A-Za-z0-9\s]/.test(repetitionValue)
      ? repetitionValue
      : undefined;
  return { element, component, repetition, segment, isaOffset };
}

/** True when the text is an X12 interchange holding an 837 transaction set. */
export function isX12(text: string): boolean {
  const separators = readSeparators(text);
  if (!separators) return false;
  const { element, segment } = separators;
  const st = `ST${element}837${element}`;
  // ST opens a segment: it follows the terminator, perhaps after a line break.
  let at = text.indexOf(st);
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (before.endsWith(segment) || before.replace(/[\r\n]+$/, '').endsWith(segment)) return true;
    at = text.indexOf(st, at + 1);
  }
  return false;
}

/** Whether a file name names an X12 file the checker and editor look into. */
export function hasX12Extension(fileName: string): boolean {
  return /\.(837|x12|edi|txt)$/i.test(fileName);
}
