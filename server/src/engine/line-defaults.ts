/**
 * A service line's own date, place and provider, or the claim's defaults when
 * the line leaves them out (FORMAT.md: `dos`, `pos` and `npi` override the claim's).
 */
import { digits } from './markup/tokens';
import type { Claim, CodeToken, ServiceLine } from './model';

/** The line's first date of service, ISO, or undefined when none is written or valid. */
export function dateOfService(claim: Claim, line: ServiceLine): string | undefined {
  return (line.dos ?? claim.dos)?.from.value;
}

export function placeOfService(claim: Claim, line: ServiceLine): CodeToken | undefined {
  return line.pos ?? claim.pos;
}

export function renderingNpi(claim: Claim, line: ServiceLine): CodeToken | undefined {
  return line.npi ?? claim.rendering?.npi ?? claim.billing?.npi;
}

/** Service lines grouped by date of service; lines without a date share the key ''. */
export function linesByDate(claim: Claim): Map<string, ServiceLine[]> {
  const groups = new Map<string, ServiceLine[]>();
  for (const line of claim.serviceLines) {
    const date = dateOfService(claim, line) ?? '';
    const group = groups.get(date);
    if (group) group.push(line);
    else groups.set(date, [line]);
  }
  return groups;
}

/** Whole years of age on a date, both ISO; undefined when either is missing. */
export function ageOn(birth: string | undefined, date: string | undefined): number | undefined {
  if (!birth || !date) return undefined;
  // Dates here are checked ISO dates (YYYY-MM-DD): read digit by digit, since this
  // runs for every claim and every slice would be a new string.
  const years = digits(date, 0, 4) - digits(birth, 0, 4);
  const birthday = digits(birth, 5, 7) * 100 + digits(birth, 8, 10);
  return digits(date, 5, 7) * 100 + digits(date, 8, 10) < birthday ? years - 1 : years;
}
