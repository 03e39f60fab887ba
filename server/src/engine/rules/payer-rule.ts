import { cacheKey } from '../cache-key';
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
import { NOTHING_FOUND } from './nothing-found';

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
    const written = claim.payer?.text ?? options.defaultPayer ?? '';
    if (!written) return NOTHING_FOUND;
    const profiles = payerProfilesFor(options.payerProfiles);
    const { key, profile } = payerNamed(profiles, written);
    if (!profile) return unknownProfile(claim, key, profiles);

    // Most profiles accept any convention, and most claims bill nothing bilateral.
    const bilateral = profile.bilateral;
    const distinct = profile.distinctModifier;
    const wants50 = bilateral === 'modifier-50' && hasBilateralAdjusted(claim, codeSets);
    const wantsLines = bilateral === 'rt-lt-lines' && hasModifier(claim, '50');
    const wantsDistinct = distinct !== 'any' && hasDistinctModifier(claim);
    if (!wants50 && !wantsLines && !wantsDistinct) return NOTHING_FOUND;

    const label = `Payer profile "${key}" (${profile.name})`;
    const found: Diagnostic[] = [];
    if (wants50) found.push(...wantsModifier50(claim, codeSets, label));
    if (wantsLines) found.push(...wantsSideLines(claim, label));
    if (wantsDistinct) found.push(...distinctModifiers(claim, profile, label));
    return found;
  },
};

/** A payer name as written, lower-cased, and its profile. */
interface NamedPayer {
  key: string;
  profile: PayerProfile | undefined;
}

/**
 * Answers per profile table and payer name as written: every claim names its
 * payer again, and lower-casing it and looking it up on the table object cost
 * more than the rest of the check.
 */
const payersNamed = new WeakMap<PayerProfiles, Map<string, NamedPayer>>();
let lastProfiles: PayerProfiles | undefined;
let lastNamed: Map<string, NamedPayer> | undefined;
/** Names as written may be anything a coder types: keep the table from growing unbounded. */
const REMEMBERED_NAMES = 1_000;

function payerNamed(profiles: PayerProfiles, written: string): NamedPayer {
  let named = lastNamed;
  if (profiles !== lastProfiles || !named) {
    named = payersNamed.get(profiles);
    if (!named) payersNamed.set(profiles, (named = new Map()));
    lastProfiles = profiles;
    lastNamed = named;
  }
  let answer = named.get(written);
  if (!answer) {
    const key = cacheKey(written.toLowerCase());
    answer = { key, profile: profiles[key] };
    if (named.size >= REMEMBERED_NAMES) named.clear();
    named.set(cacheKey(written), answer);
  }
  return answer;
}

/** Whether a line bills a code with the bilateral adjustment, so `wantsModifier50` may fire. */
function hasBilateralAdjusted(claim: Claim, codeSets: CodeSets): boolean {
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) if (bilateralAdjusted(codeSets, lines[i])) return true;
  return false;
}

function hasModifier(claim: Claim, modifier: string): boolean {
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) if (has(lines[i], modifier)) return true;
  return false;
}

/** Whether a line has 59 or an X modifier, the only ones `distinctModifiers` looks at. */
function hasDistinctModifier(claim: Claim): boolean {
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const modifiers = lines[i].modifiers;
    for (let m = 0; m < modifiers.length; m++) {
      const code = modifiers[m].code;
      if (code === '59' || X_MODIFIERS.includes(code)) return true;
    }
  }
  return false;
}

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
  const modifiers = line.modifiers;
  for (let i = 0; i < modifiers.length; i++) if (modifiers[i].code === modifier) return true;
  return false;
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
