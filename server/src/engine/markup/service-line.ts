import type { CodeToken, DiagnosisEntry, DiagnosisPointer, ServiceLine, Token } from '../model';
import { clip, FieldReader } from './fields';
import {
  CodeWord,
  codeToken,
  digits,
  lowerCase,
  pointerToken,
  statementRange,
  subToken,
  upperCase,
  withText,
  type Word,
} from './tokens';

const UNITS = /^\d{1,6}$/;
const SERVICE_LINE_FIELDS = ['ptr', 'units', 'charge', 'dos', 'pos', 'npi'];

/** `dx LETTER CODE` */
export function readDiagnosis(fields: FieldReader): DiagnosisEntry | undefined {
  const letter = fields.value('a letter A-L and an ICD-10-CM code');
  if (!letter) return undefined;
  if (letter.text.length !== 1 || !isDiagnosisLetter(letter.text.charCodeAt(0))) {
    fields.report(letter.range, `\`${clip(letter.text)}\` is not a diagnosis letter: use A to L.`);
    return undefined;
  }
  const code = fields.code('icd10cm', 'an ICD-10-CM code');
  if (!code) return undefined;
  fields.rejectRest('`dx` takes a letter and one code');
  return {
    keyword: fields.keyword,
    letter: withText(letter, upperCase(letter.text)),
    code,
    range: statementRange(fields.keyword, code),
  };
}

/** `svc CODE[-MOD]... [ptr LETTERS] [units N] [charge AMOUNT] [dos ...] [pos CODE] [npi NPI]` */
export function readServiceLine(fields: FieldReader): ServiceLine | undefined {
  const what = 'a CPT or HCPCS code';
  // Written without a modifier, the word is the code; with one, it is cut in parts.
  const plain = !fields.nextHolds('-');
  const written = plain ? fields.code('procedure', what) : fields.value(what);
  if (!written) return undefined;
  const { code, modifiers } =
    written instanceof CodeWord
      ? { code: written, modifiers: NO_MODIFIERS }
      : splitModifiers(written, fields);
  const line: ServiceLine = {
    keyword: fields.keyword,
    code,
    modifiers,
    pointers: [],
    units: 1,
    range: fields.lineRange(),
  };

  while (!fields.done) {
    const name = fields.nextName();
    if (fields.repeated(name, SERVICE_LINE_FIELDS)) {
      fields.report(fields.field().range, `\`${name}\` is given twice on this line.`);
    }
    switch (name) {
      case 'ptr':
        line.pointerField = fields.field();
        line.pointers = readPointers(fields);
        break;
      case 'units':
        readUnits(fields, line);
        break;
      case 'charge':
        readCharge(fields, line);
        break;
      case 'dos':
        line.dos = fields.dateSpan();
        break;
      case 'pos': {
        const pos = fields.code('pos', 'a two-digit place of service code');
        if (pos) line.pos = pos;
        break;
      }
      case 'npi': {
        const npi = fields.code('npi', 'a 10-digit NPI');
        if (npi) line.npi = npi;
        break;
      }
      default: {
        const field = fields.field();
        fields.report(
          field.range,
          `\`${clip(field.text)}\` is not a service line field: ` +
            'use ptr, units, charge, dos, pos, npi.',
        );
        // Its value, if one follows, belongs to the same mistake: one problem is enough.
        const next = fields.peekText();
        if (next !== undefined && !SERVICE_LINE_FIELDS.includes(lowerCase(next))) fields.skip();
      }
    }
  }
  return line;
}

/** `64620-RT-59` (a word with a hyphen) into the code and its modifiers, each with its range. */
function splitModifiers(written: Word, fields: FieldReader) {
  const text = written.text;
  let hyphen = text.indexOf('-');
  const code = codeToken(subToken(written, 0, hyphen), 'procedure');
  const modifiers: CodeToken[] = [];
  while (hyphen >= 0) {
    const start = hyphen + 1;
    const next = text.indexOf('-', start);
    const end = next < 0 ? text.length : next;
    if (end === start) {
      fields.report(
        subToken(written, hyphen, start).range,
        'A hyphen needs a two-character modifier after it.',
      );
    } else {
      modifiers.push(codeToken(subToken(written, start, end), 'modifier'));
    }
    hyphen = next;
  }
  return { code, modifiers };
}

/**
 * Shared by every service line written without a modifier. Frozen, so that a
 * caller that pushed onto one line's modifiers would fail loudly, not change all.
 */
const NO_MODIFIERS: CodeToken[] = Object.freeze([]) as unknown as CodeToken[];

/** `ptr AB`, `ptr A,B` and `ptr A, B` all name A and B. */
function readPointers(fields: FieldReader): DiagnosisPointer[] {
  const first = fields.value('one to four diagnosis letters, e.g. `ptr AB`');
  if (!first) return [];
  const words = [first];
  while (words[words.length - 1].text.endsWith(',') && !fields.done) {
    words.push(fields.next()!);
  }

  const pointers: DiagnosisPointer[] = [];
  for (const word of words) {
    for (let i = 0; i < word.text.length; i++) {
      const char = word.text.charCodeAt(i);
      if (char === 44) continue; // a comma between letters
      if (isDiagnosisLetter(char)) {
        pointers.push(pointerToken(word, i));
      } else {
        fields.report(
          subToken(word, i, i + 1).range,
          `\`${word.text[i]}\` is not a diagnosis letter: pointers are A to L.`,
        );
      }
    }
  }
  return pointers;
}

/** A to L, either case. */
function isDiagnosisLetter(char: number): boolean {
  return (char >= 65 && char <= 76) || (char >= 97 && char <= 108);
}

function readUnits(fields: FieldReader, line: ServiceLine): void {
  const units = fields.value('a whole number from 1');
  if (!units) return;
  line.unitsToken = units;
  if (!UNITS.test(units.text) || Number(units.text) < 1) {
    fields.report(units.range, `Units are a whole number from 1, not \`${clip(units.text)}\`.`);
    return;
  }
  line.units = Number(units.text);
}

function readCharge(fields: FieldReader, line: ServiceLine): void {
  const charge = fields.value('an amount such as 850.00');
  if (!charge) return;
  line.chargeToken = charge;
  const cents = chargeInCents(charge.text);
  if (cents < 0) {
    fields.report(
      charge.range,
      `A charge is an amount with two decimals, such as 850.00, not \`${clip(charge.text)}\`.`,
    );
    return;
  }
  line.chargeCents = cents;
}

/**
 * `850.00` or `$850.00` in cents; -1 for anything else: one to nine digits, a point
 * and two digits. Read by hand, not by a regex with captures: every line has one.
 */
function chargeInCents(text: string): number {
  const start = text.charCodeAt(0) === 36 ? 1 : 0; // a dollar sign
  const point = text.length - 3;
  const whole = point - start;
  if (whole < 1 || whole > 9 || text.charCodeAt(point) !== 46) return -1;
  const dollars = digits(text, start, point);
  const cents = digits(text, point + 1, text.length);
  return dollars < 0 || cents < 0 ? -1 : dollars * 100 + cents;
}
