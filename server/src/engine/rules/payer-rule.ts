import type { CodeSets } from '../codesets/types';
import {
  deleteLineEdit,
  insertAfterLineEdit,
  replaceTokenEdit,
  rewriteLineEdit,
  serviceLineText,
} from '../edits/line-edits';
import { X_MODIFIERS, X_MODIFIER_MEANING } from '../edits/ncci-modifiers';
import { payerProfilesFor, type PayerProfile, type PayerProfiles } from '../edits/payers';
import { linesByDate } from '../line-defaults';
import type { Claim, Diagnostic, Fix, ServiceLine } from '../model';
import type { Rule } from './types';

const RULE = 'payer-rule';

/**
 * The payer profile's own conventions (data/payers/profiles.json and the user's
 * payer-profile file): bilateral procedures as one 50 line of 1 unit or as RT
 * and LT lines, and 59 or X{EPSU} for distinct services. A payer name with no
 * profile is reported on the `payer` line.
 */
export const payerRule: Rule = {
  name: RULE,
  severity: 'warning',
  description: "A payer profile's own rule, e.g. how it wants bilateral procedures reported.",
  check(claim, { codeSets, options }) {
    const key = (claim.payer?.text ?? options.defaultPayer ?? '').toLowerCase();
    if (!key) return [];
    const profiles = payerProfilesFor(options.payerProfiles);
    const profile = profiles[key];
    if (!profile) return unknownProfile(claim, key, profiles);

    const label = `Payer profile "${key}" (${profile.name})`;
    const found: Diagnostic[] = [];
    if (profile.bilateral === 'modifier-50') found.push(...wantsModifier50(claim, codeSets, label));
    if (profile.bilateral === 'rt-lt-lines') found.push(...wantsSideLines(claim, label));
    if (profile.distinctModifier !== 'any') found.push(...distinctModifiers(claim, profile, label));
    return found;
  },
};

function unknownProfile(claim: Claim, key: string, profiles: PayerProfiles): Diagnostic[] {
  if (!claim.payer) return [];
  return [
    {
      rule: RULE,
      severity: 'warning',
      message:
        `No payer profile is named "${key}", so no payer rules are checked. Profiles: ` +
        `${Object.keys(profiles).join(', ')}; define more in the payer-profile file.`,
      range: claim.payer.range,
    },
  ];
}

function has(line: ServiceLine, modifier: string): boolean {
  return line.modifiers.some((m) => m.code === modifier);
}

/** Codes whose fee-schedule bilateral indicator is 1: the 150% bilateral adjustment applies. */
function bilateralAdjusted(codeSets: CodeSets, line: ServiceLine): boolean {
  return codeSets.procedures.get(line.code.code)?.fees?.bilateral === '1';
}

function wantsModifier50(claim: Claim, codeSets: CodeSets, label: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const lines of linesByDate(claim).values()) {
    const candidates = lines.filter((line) => bilateralAdjusted(codeSets, line));
    const codes = new Set(candidates.map((line) => line.code.code));
    for (const code of codes) {
      const right = candidates.find((l) => l.code.code === code && has(l, 'RT') && !has(l, 'LT'));
      const left = candidates.find((l) => l.code.code === code && has(l, 'LT') && !has(l, 'RT'));
      if (!right || !left) continue;
      const rightFirst = right.range.start.line < left.range.start.line;
      const [kept, dropped] = rightFirst ? [right, left] : [left, right];
      found.push({
        rule: RULE,
        severity: 'warning',
        message:
          `${label} reports a bilateral ${code} on one line with modifier 50 and 1 unit, ` +
          'not as RT and LT lines.',
        range: dropped.code.range,
        fixes: [mergeFix(kept, dropped)],
      });
    }

    for (const line of candidates) {
      if (!has(line, '50') || line.units === 1) continue;
      found.push({
        rule: RULE,
        severity: 'warning',
        message: `${label} reports a bilateral ${line.code.code} (modifier 50) with 1 unit.`,
        range: line.unitsToken?.range ?? line.code.range,
        fixes: line.unitsToken
          ? [
              {
                title: 'Set units to 1',
                preferred: true,
                edits: [replaceTokenEdit(line.unitsToken, '1')],
              },
            ]
          : [],
      });
    }
  }
  return found;
}

/** One line with 50 and 1 unit in place of the RT and LT lines; charges add up. */
function mergeFix(kept: ServiceLine, dropped: ServiceLine): Fix {
  const modifiers = kept.modifiers.map((m) => (m.code === 'RT' || m.code === 'LT' ? '50' : m.code));
  const pointers = [...new Set([...kept.pointers, ...dropped.pointers].map((p) => p.letter))];
  const charges = [kept.chargeCents, dropped.chargeCents].filter(
    (cents): cents is number => cents !== undefined,
  );
  const text = serviceLineText(kept, {
    modifiers,
    pointers: pointers.slice(0, 4),
    units: 1,
    chargeCents: charges.length > 0 ? charges.reduce((a, b) => a + b, 0) : undefined,
  });
  return {
    title: `Merge the RT and LT lines into one ${kept.code.code}-50 line`,
    preferred: true,
    edits: [rewriteLineEdit(kept, text), deleteLineEdit(dropped)],
  };
}

function wantsSideLines(claim: Claim, label: string): Diagnostic[] {
  return claim.serviceLines
    .filter((line) => has(line, '50'))
    .map((line) => ({
      rule: RULE,
      severity: 'warning' as const,
      message:
        `${label} wants a bilateral ${line.code.code} on two lines, one with RT and one ` +
        'with LT, not one line with modifier 50.',
      range: line.modifiers.find((m) => m.code === '50')!.range,
      fixes: [splitFix(line)],
    }));
}

/** The 50 line becomes its RT line, and an LT line follows; the charge is halved. */
function splitFix(line: ServiceLine): Fix {
  const withSide = (side: string) => line.modifiers.map((m) => (m.code === '50' ? side : m.code));
  const cents = line.chargeCents;
  const right = cents === undefined ? undefined : cents - Math.floor(cents / 2);
  const left = cents === undefined ? undefined : Math.floor(cents / 2);
  return {
    title: `Split into ${line.code.code}-RT and ${line.code.code}-LT lines`,
    preferred: true,
    edits: [
      rewriteLineEdit(
        line,
        serviceLineText(line, { modifiers: withSide('RT'), chargeCents: right }),
      ),
      insertAfterLineEdit(
        line,
        serviceLineText(line, { modifiers: withSide('LT'), chargeCents: left }),
      ),
    ],
  };
}

function distinctModifiers(claim: Claim, profile: PayerProfile, label: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const line of claim.serviceLines) {
    for (const modifier of line.modifiers) {
      if (profile.distinctModifier === 'x-modifiers' && modifier.code === '59') {
        found.push({
          rule: RULE,
          severity: 'warning',
          message:
            `${label} wants XE, XS, XP or XU (the more specific distinct-service modifiers) ` +
            'instead of 59.',
          range: modifier.range,
          fixes: X_MODIFIERS.map((x) => ({
            title: `Replace 59 with ${x} (${X_MODIFIER_MEANING[x]})`,
            preferred: x === 'XS',
            edits: [replaceTokenEdit(modifier, x)],
          })),
        });
      }
      if (profile.distinctModifier === '59' && X_MODIFIERS.includes(modifier.code)) {
        found.push({
          rule: RULE,
          severity: 'warning',
          message: `${label} takes 59 for a distinct service, not ${modifier.code}.`,
          range: modifier.range,
          fixes: [
            {
              title: `Replace ${modifier.code} with 59`,
              preferred: true,
              edits: [replaceTokenEdit(modifier, '59')],
            },
          ],
        });
      }
    }
  }
  return found;
}
