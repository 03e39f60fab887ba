/**
 * Where codes stand on a claim, and the facts several rules share about them:
 * every code a coder wrote in a statement, a service line's date of service,
 * and the edit that takes a modifier off a line.
 */
import {
  isIcd10Shape,
  isModifierShape,
  isNpiShape,
  isPlaceOfServiceShape,
  isProcedureShape,
  isTaxonomyShape,
} from '../codes/shape';
import type { Claim, CodeToken, Fix, ServiceLine } from '../model';

/**
 * Every code written in the claim's statements, in text order. Codes written in
 * note bodies are left out: they are prose, recognised only for hover.
 */
export function codesOf(claim: Claim): CodeToken[] {
  const codes: CodeToken[] = [];
  const add = (code: CodeToken | undefined) => {
    if (code) codes.push(code);
  };

  for (const provider of [claim.billing, claim.rendering]) {
    add(provider?.npi);
    add(provider?.taxonomy);
  }
  add(claim.pos);
  for (const diagnosis of claim.diagnoses) add(diagnosis.code);
  for (const line of claim.serviceLines) {
    add(line.code);
    line.modifiers.forEach(add);
    add(line.pos);
    add(line.npi);
  }
  return codes.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** Whether a code as written has the shape of its kind. */
export function isWellFormed(code: CodeToken): boolean {
  const text = code.text;
  switch (code.kind) {
    case 'icd10cm':
      return isIcd10Shape(text);
    case 'procedure':
      return isProcedureShape(text);
    case 'modifier':
      return isModifierShape(text);
    case 'taxonomy':
      return isTaxonomyShape(text);
    case 'pos':
      return isPlaceOfServiceShape(text);
    case 'npi':
      return isNpiShape(text);
  }
}

/** The line's first date of service, or the claim's; undefined when neither is a real date. */
export function serviceDate(claim: Claim, line: ServiceLine): string | undefined {
  if (line.dos) return line.dos.from.value;
  return claim.dos?.from.value;
}

/** How many days the line's dates of service span (1 for a single date). */
export function serviceDays(claim: Claim, line: ServiceLine): number {
  const span = line.dos ?? claim.dos;
  const from = span?.from.value;
  const to = span?.to?.value;
  if (!from || !to) return 1;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return Number.isFinite(days) && days >= 1 ? Math.round(days) : 1;
}

/** Takes `-MOD` off the line: the hyphen before the modifier goes with it. */
export function removeModifierFix(modifier: CodeToken, preferred = true): Fix {
  const { start, end } = modifier.range;
  return {
    title: `Remove modifier ${modifier.code}`,
    preferred,
    edits: [
      {
        range: { start: { line: start.line, character: Math.max(0, start.character - 1) }, end },
        newText: '',
      },
    ],
  };
}
