/**
 * The 837P segments that become parts of a claim: HI diagnoses, SV1 service lines,
 * DTP*472 dates of service, DMG demographics, NM1/PRV providers. Each returns the
 * same model values the markup parser makes, with ranges on the elements.
 */
import type {
  DateSpan,
  DiagnosisEntry,
  DiagnosisPointer,
  Patient,
  Provider,
  ServiceLine,
  Token,
} from '../model';
import { spanOf } from '../markup/tokens';
import { element, elementName, type X12Context, value } from './context';
import type { X12SegmentAt } from './segments';

const LETTERS = 'ABCDEFGHIJKL';
/** ICD-10-CM qualifiers: ABK principal diagnosis, ABF other diagnosis. */
const ICD10_QUALIFIERS = new Set(['ABK', 'ABF']);
/** ICD-9-CM qualifiers, which an 837P no longer carries for dates after 2015-09-30. */
const ICD9_QUALIFIERS = new Set(['BK', 'BF']);
const SEX = new Set(['M', 'F', 'U']);
const AMOUNT = /^(\d*)(?:\.(\d*))?$/;

function tagToken(segment: X12SegmentAt): Token {
  return { text: segment.tag, range: segment.tagRange };
}

/** The diagnoses of one HI segment, lettered on from those the claim already has. */
export function readDiagnoses(
  context: X12Context,
  segment: X12SegmentAt,
  already: number,
): DiagnosisEntry[] {
  const entries: DiagnosisEntry[] = [];
  segment.elements.forEach((composite, index) => {
    if (composite.value === '') return;
    const [qualifier, code] = context.components(composite);
    const name = elementName(segment, index + 1);
    if (ICD9_QUALIFIERS.has(qualifier.text)) {
      context.report(
        qualifier.range,
        `${name} is an ICD-9-CM diagnosis (${qualifier.text}); use ICD-10-CM (ABK, ABF).`,
      );
      return;
    }
    // Other HI qualifiers (BG condition codes and the like) are not diagnoses.
    if (!ICD10_QUALIFIERS.has(qualifier.text)) return;
    if (!code || code.text === '') {
      context.report(
        composite.range,
        `${name} has the qualifier ${qualifier.text} but no code after it.`,
      );
      return;
    }
    const count = already + entries.length;
    if (count >= LETTERS.length) {
      context.report(composite.range, `${name}: a claim holds at most 12 diagnoses (A to L).`);
      return;
    }
    entries.push({
      // The qualifier stands where the markup has `dx`, so a diagnostic on the whole
      // diagnosis covers `ABF:M546` and not the HI segment before it.
      keyword: qualifier,
      letter: { text: LETTERS[count], range: qualifier.range },
      code: context.code(code, 'icd10cm'),
      range: composite.range,
    });
  });
  return entries;
}

/** `SV1*HC:64620:RT*1700*UN*2*24**1:2`: code, modifiers, charge, units, place, pointers. */
export function readServiceLine(
  context: X12Context,
  segment: X12SegmentAt,
): ServiceLine | undefined {
  const procedure = element(segment, 1);
  if (!procedure) {
    context.report(segment.tagRange, 'SV1 needs SV101, the procedure code (HC:CODE).');
    return undefined;
  }
  const [qualifier, code, ...rest] = context.components(procedure);
  if (!code || code.text === '') {
    context.report(procedure.range, 'SV101 needs a qualifier and a code, e.g. HC:64620.');
    return undefined;
  }
  if (qualifier.text !== 'HC') {
    context.report(
      qualifier.range,
      `SV101-1 is ${qualifier.text}: only HC (CPT and HCPCS) procedure codes are checked.`,
      'warning',
    );
  }

  const line: ServiceLine = {
    keyword: tagToken(segment),
    code: context.code(code, 'procedure'),
    // SV101-3 to SV101-6 are the modifiers; SV101-7 is a description we do not read.
    modifiers: rest
      .slice(0, 4)
      .filter((modifier) => modifier.text !== '')
      .map((modifier) => context.code(modifier, 'modifier')),
    pointers: [],
    units: 1,
    range: segment.range,
  };

  const charge = element(segment, 2);
  if (charge) {
    line.chargeToken = context.token(charge);
    const match = AMOUNT.exec(charge.value);
    if (match && (match[1] || match[2])) {
      line.chargeCents = Math.round(Number(charge.value) * 100);
    } else {
      context.report(charge.range, `SV102 \`${charge.value}\` is not an amount.`);
    }
  }
  readUnits(context, segment, line);

  const place = element(segment, 5);
  if (place) line.pos = context.code(place, 'pos');

  const pointers = element(segment, 7);
  if (pointers) {
    line.pointerField = context.token(pointers);
    line.pointers = readPointers(context, context.components(pointers));
  }
  return line;
}

function readUnits(context: X12Context, segment: X12SegmentAt, line: ServiceLine): void {
  const basis = value(segment, 3);
  const quantity = element(segment, 4);
  if (!quantity) return;
  if (basis === 'MJ') {
    // Anesthesia minutes are not units of service: the unit edits do not apply to them.
    context.report(
      quantity.range,
      'SV104 counts minutes (SV103 MJ); units are not checked.',
      'info',
    );
    return;
  }
  line.unitsToken = context.token(quantity);
  const units = Number(quantity.value);
  if (!/^\d+(\.0*)?$/.test(quantity.value) || units < 1) {
    context.report(quantity.range, `Units are a whole number from 1, not \`${quantity.value}\`.`);
    return;
  }
  line.units = units;
}

/** SV107: one to four diagnosis pointers, 1 to 12, each naming an HI position. */
function readPointers(context: X12Context, components: Token[]): DiagnosisPointer[] {
  const pointers: DiagnosisPointer[] = [];
  for (const component of components) {
    if (component.text === '') continue;
    const number = Number(component.text);
    if (!/^\d{1,2}$/.test(component.text) || number < 1 || number > 12) {
      context.report(
        component.range,
        `\`${component.text}\` is not a diagnosis pointer: use 1 to 12.`,
      );
      continue;
    }
    pointers.push({ ...component, letter: LETTERS[number - 1] });
  }
  return pointers;
}

/** `DTP*472*D8*20260915` or `DTP*472*RD8*20260915-20260917`. */
export function readServiceDate(context: X12Context, segment: X12SegmentAt): DateSpan | undefined {
  const format = value(segment, 2);
  const written = element(segment, 3);
  if (!written) {
    context.report(segment.tagRange, 'DTP*472 needs DTP03, the date of service.');
    return undefined;
  }
  const token = context.token(written);
  if (format === 'RD8') {
    const dash = token.text.indexOf('-');
    if (dash < 0) {
      context.report(written.range, 'DTP03 with RD8 is a range: CCYYMMDD-CCYYMMDD.');
      return undefined;
    }
    const from = context.date(context.slice(token, 0, dash), 'DTP03');
    const to = context.date(context.slice(token, dash + 1, token.text.length), 'DTP03');
    if (from.value && to.value && to.value < from.value) {
      context.report(to.range, `The end date ${to.text} is before ${from.text}.`);
    }
    return { from, to };
  }
  if (format !== 'D8') {
    context.report(segment.elements[1]?.range ?? segment.tagRange, 'DTP02 is D8 or RD8.');
  }
  return { from: context.date(token, 'DTP03') };
}

/** `DMG*D8*19640312*F`: birth date and sex; no other demographic is kept. */
export function readDemographics(context: X12Context, segment: X12SegmentAt): Patient {
  const patient: Patient = { keyword: tagToken(segment), range: segment.range };
  const birth = element(segment, 2);
  if (birth) patient.dob = context.date(context.token(birth), 'DMG02');
  else context.report(segment.tagRange, 'DMG needs DMG02, the birth date (CCYYMMDD).');
  const sex = element(segment, 3);
  if (sex) {
    if (!SEX.has(sex.value)) context.report(sex.range, `DMG03 is M, F or U, not \`${sex.value}\`.`);
    patient.sex = context.token(sex);
  } else {
    context.report(segment.tagRange, 'DMG needs DMG03, the sex (M, F or U).');
  }
  return patient;
}

/** `NM1*82*1*...****XX*NPI`: the provider's NPI; the name elements are never read. */
export function readProvider(context: X12Context, segment: X12SegmentAt): Provider {
  const provider: Provider = { keyword: tagToken(segment), range: segment.range };
  const qualifier = value(segment, 8);
  const id = element(segment, 9);
  if (qualifier === 'XX' && id) provider.npi = context.code(id, 'npi');
  else {
    context.report(
      segment.tagRange,
      `NM1*${value(segment, 1)} needs NM108 XX and the NPI in NM109.`,
    );
  }
  return provider;
}

/** `PRV*PE*PXC*208VP0014X`: the provider's NUCC taxonomy code. */
export function readTaxonomy(context: X12Context, segment: X12SegmentAt) {
  const code = element(segment, 3);
  if (value(segment, 2) !== 'PXC' || !code) {
    context.report(segment.tagRange, 'PRV needs PRV02 PXC and the taxonomy code in PRV03.');
    return undefined;
  }
  return context.code(code, 'taxonomy');
}

export function spanSegments(first: X12SegmentAt, last: X12SegmentAt) {
  return spanOf(first.range, last.range);
}
