/**
 * Payer profiles: how a payer wants bilateral procedures and distinct-service
 * modifiers reported. The built-in table is data/payers/profiles.json; the
 * user's payer-profile file (JSON, same shape) adds profiles or replaces them.
 */
import builtIn from '../../../../data/payers/profiles.json';

export type BilateralConvention = 'modifier-50' | 'rt-lt-lines' | 'any';
export type DistinctModifierConvention = '59' | 'x-modifiers' | 'any';

export interface PayerProfile {
  /** The payer's name as a coder says it, for messages. */
  name: string;
  bilateral: BilateralConvention;
  distinctModifier: DistinctModifierConvention;
  /** Where the convention comes from, for docs and hover. */
  source?: string;
}

export type PayerProfiles = Record<string, PayerProfile>;

const BILATERAL: readonly BilateralConvention[] = ['modifier-50', 'rt-lt-lines', 'any'];
const DISTINCT: readonly DistinctModifierConvention[] = ['59', 'x-modifiers', 'any'];

/** The built-in profiles, keyed by the name written after `payer`. */
export const BUILT_IN_PAYER_PROFILES: Readonly<PayerProfiles> = builtIn.profiles as PayerProfiles;

/** The built-in profiles with the user's on top; keys are lower case. */
export function payerProfilesWith(extra: PayerProfiles | undefined): PayerProfiles {
  const merged: PayerProfiles = { ...BUILT_IN_PAYER_PROFILES };
  for (const [key, profile] of Object.entries(extra ?? {})) merged[key.toLowerCase()] = profile;
  return merged;
}

export interface PayerProfileParseResult {
  profiles: PayerProfiles;
  problems: string[];
}

/**
 * Reads a payer-profile file: `{ "profiles": { "acme": { "name": "Acme Health",
 * "bilateral": "rt-lt-lines", "distinctModifier": "x-modifiers", "extends": "medicare" } } }`.
 * A field left out comes from the profile named by `extends`, else is `any`.
 * Problems name the file and the profile; a profile with a problem is left out.
 */
export function parsePayerProfiles(text: string, fileName: string): PayerProfileParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const problem = `${fileName}: not valid JSON (${(error as Error).message}).`;
    return { profiles: {}, problems: [problem] };
  }
  return readPayerProfiles(value, fileName);
}

/** Checks profiles given as a value (a parsed file or an editor setting). */
export function readPayerProfiles(value: unknown, source: string): PayerProfileParseResult {
  const profiles: PayerProfiles = {};
  const problems: string[] = [];
  const table = isObject(value) ? value.profiles : undefined;
  if (!isObject(table)) {
    return { profiles, problems: [`${source}: expected an object with a "profiles" object.`] };
  }

  for (const [rawKey, entry] of Object.entries(table)) {
    const key = rawKey.toLowerCase();
    if (!isObject(entry)) {
      problems.push(`${source}: profile "${rawKey}" is not an object.`);
      continue;
    }
    const parentKey = typeof entry.extends === 'string' ? entry.extends.toLowerCase() : undefined;
    const parent = parentKey
      ? (profiles[parentKey] ?? BUILT_IN_PAYER_PROFILES[parentKey])
      : undefined;
    if (parentKey && !parent) {
      problems.push(
        `${source}: profile "${rawKey}" extends "${entry.extends}", which is no profile.`,
      );
      continue;
    }
    const bilateral = entry.bilateral ?? parent?.bilateral ?? 'any';
    const distinct = entry.distinctModifier ?? parent?.distinctModifier ?? 'any';
    if (!BILATERAL.includes(bilateral as BilateralConvention)) {
      problems.push(
        `${source}: profile "${rawKey}" has bilateral "${String(bilateral)}"; ` +
          `use one of ${BILATERAL.join(', ')}.`,
      );
      continue;
    }
    if (!DISTINCT.includes(distinct as DistinctModifierConvention)) {
      problems.push(
        `${source}: profile "${rawKey}" has distinctModifier "${String(distinct)}"; ` +
          `use one of ${DISTINCT.join(', ')}.`,
      );
      continue;
    }
    profiles[key] = {
      name: typeof entry.name === 'string' ? entry.name : (parent?.name ?? rawKey),
      bilateral: bilateral as BilateralConvention,
      distinctModifier: distinct as DistinctModifierConvention,
      source: typeof entry.source === 'string' ? entry.source : source,
    };
  }
  return { profiles, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const mergedCache = new WeakMap<PayerProfiles, PayerProfiles>();
let builtInCache: PayerProfiles | undefined;

/** `payerProfilesWith`, computed once per user table (checks run on every keystroke). */
export function payerProfilesFor(extra: PayerProfiles | undefined): PayerProfiles {
  if (!extra) return (builtInCache ??= payerProfilesWith(undefined));
  let profiles = mergedCache.get(extra);
  if (!profiles) mergedCache.set(extra, (profiles = payerProfilesWith(extra)));
  return profiles;
}
