import type { CodeToken, DiagnosisEntry, DiagnosisPointer, ServiceLine, Token } from '../model';
import { clip, FieldReader } from './fields';
import { codeToken, spanOf, subToken } from './tokens';

const DIAGNOSIS_LETTER = /^[A-La-l]$/;
const CHARGE = /^\$?(\d{1,9})\.(\d{2})$/;
const UNITS = /^\d{1,6}$/;
const LINE_FIELDS = new Set(['ptr', 'units', 'charge', 'dos', 'pos', 'npi']);

/** `dx LETTER CODE` */
export function readDiagnosis(fields: FieldReader): DiagnosisEntry | undefined {
  const letter = fields.value(fields.keyword, 'a letter A-L and an ICD-10-CM code');
  if (!letter) return undefined;
  if (!DIAGNOSIS_LETTER.test(letter.text)) {
    fields.report(letter.range, `\`${clip(letter.text)}\` is not a diagnosis letter: use A to L.`);
    return undefined;
  }
  const code = fields.value(letter, 'an ICD-10-CM code');
  if (!code) return undefined;
  fields.rejectRest('`dx` takes a letter and one code');
  return {
    keyword: fields.keyword,
    letter: { ...letter, text: letter.text.toUpperCase() },
    code: codeToken(code, 'icd10cm'),
    range: spanOf(fields.keyword.range, code.range),
  };
}

/** `svc CODE[-MOD]... [ptr LETTERS] [units N] [charge AMOUNT] [dos ...] [pos CODE] [npi NPI]` */
export function readServiceLine(fields: FieldReader): ServiceLine | undefined {
  const written = fields.value(fields.keyword, 'a CPT or HCPCS code');
  if (!written) return undefined;
  const { code, modifiers } = splitModifiers(written, fields);
  const line: ServiceLine = {
    keyword: fields.keyword,
    code,
    modifiers,
    pointers: [],
    units: 1,
    range: spanOf(fields.keyword.range, fields.words[fields.words.length - 1].range),
  };

  const seen = new Set<string>();
  while (!fields.done) {
    const field = fields.next() as Token;
    const name = field.text.toLowerCase();
    if (seen.has(name)) fields.report(field.range, `\`${name}\` is given twice on this line.`);
    seen.add(name);
    switch (name) {
      case 'ptr':
        line.pointerField = field;
        line.pointers = readPointers(field, fields);
        break;
      case 'units':
        readUnits(field, fields, line);
        break;
      case 'charge':
        readCharge(field, fields, line);
        break;
      case 'dos':
        line.dos = fields.dateSpan(field);
        break;
      case 'pos': {
        const pos = fields.value(field, 'a two-digit place of service code');
        if (pos) line.pos = codeToken(pos, 'pos');
        break;
      }
      case 'npi': {
        const npi = fields.value(field, 'a 10-digit NPI');
        if (npi) line.npi = codeToken(npi, 'npi');
        break;
      }
      default:
        fields.report(
          field.range,
          `\`${clip(field.text)}\` is not a service line field: ` +
            'use ptr, units, charge, dos, pos, npi.',
        );
        // Its value, if one follows, belongs to the same mistake: one problem is enough.
        if (fields.peek() && !LINE_FIELDS.has(fields.peek()!.text.toLowerCase())) fields.next();
    }
  }
  return line;
}

/** `64620-RT-59` into the code and its modifiers, each with its own range. */
function splitModifiers(written: Token, fields: FieldReader) {
  const parts = written.text.split('-');
  const code = codeToken(subToken(written, 0, parts[0].length), 'procedure');
  const modifiers: CodeToken[] = [];
  let offset = parts[0].length + 1;
  for (const part of parts.slice(1)) {
    const token = subToken(written, offset, offset + part.length);
    if (part.length === 0) {
      const at = subToken(written, offset - 1, offset);
      fields.report(at.range, 'A hyphen needs a two-character modifier after it.');
    } else {
      modifiers.push(codeToken(token, 'modifier'));
    }
    offset += part.length + 1;
  }
  return { code, modifiers };
}

/** `ptr AB`, `ptr A,B` and `ptr A, B` all name A and B. */
function readPointers(field: Token, fields: FieldReader): DiagnosisPointer[] {
  const first = fields.value(field, 'one to four diagnosis letters, e.g. `ptr AB`');
  if (!first) return [];
  const words = [first];
  while (words[words.length - 1].text.endsWith(',') && fields.peek()) {
    words.push(fields.next() as Token);
  }

  const pointers: DiagnosisPointer[] = [];
  for (const word of words) {
    for (let i = 0; i < word.text.length; i++) {
      const char = word.text[i];
      if (char === ',') continue;
      const token = subToken(word, i, i + 1);
      if (DIAGNOSIS_LETTER.test(char)) {
        pointers.push({ ...token, letter: char.toUpperCase() });
      } else {
        fields.report(token.range, `\`${char}\` is not a diagnosis letter: pointers are A to L.`);
      }
    }
  }
  return pointers;
}

function readUnits(field: Token, fields: FieldReader, line: ServiceLine): void {
  const units = fields.value(field, 'a whole number from 1');
  if (!units) return;
  line.unitsToken = units;
  if (!UNITS.test(units.text) || Number(units.text) < 1) {
    fields.report(units.range, `Units are a whole number from 1, not \`${clip(units.text)}\`.`);
    return;
  }
  line.units = Number(units.text);
}

function readCharge(field: Token, fields: FieldReader, line: ServiceLine): void {
  const charge = fields.value(field, 'an amount such as 850.00');
  if (!charge) return;
  line.chargeToken = charge;
  const match = CHARGE.exec(charge.text);
  if (!match) {
    fields.report(
      charge.range,
      `A charge is an amount with two decimals, such as 850.00, not \`${clip(charge.text)}\`.`,
    );
    return;
  }
  line.chargeCents = Number(match[1]) * 100 + Number(match[2]);
}
