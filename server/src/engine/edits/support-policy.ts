/**
 * The diagnosis-support policy (rule dx-support): for a procedure code, the
 * diagnoses of which a service line must point to at least one. The built-in
 * table is data/policy/dx-support.json; a user's file of the same shape adds
 * to it (see data/policy/README.md).
 */
import builtIn from '../../../../data/policy/dx-support.json';

export interface SupportingDiagnosis {
  /** Canonical ICD-10-CM code; a trailing `-` covers the code and every code below it. */
  code: string;
  title?: string;
}

export interface ProcedureSupport {
  diagnoses: SupportingDiagnosis[];
  /** Where the list comes from: the built-in table or the user's file name. */
  source: string;
}

/** Procedure code to the diagnoses that support it. */
export type SupportPolicy = Record<string, ProcedureSupport>;

export interface SupportPolicyFile {
  policy: SupportPolicy;
  /** Procedures whose built-in list the file replaces rather than extends. */
  replaces: string[];
  problems: string[];
}

const BUILT_IN_SOURCE = `built-in policy ${builtIn.version}`;

export const BUILT_IN_SUPPORT_POLICY: Readonly<SupportPolicy> = Object.fromEntries(
  Object.entries(builtIn.procedures).map(([code, entry]) => [
    code,
    {
      diagnoses: entry.diagnoses.map(({ code, title }) => ({ code, title })),
      source: BUILT_IN_SOURCE,
    },
  ]),
);

/** The built-in policy with a user's file merged in. */
export function supportPolicyWith(user: SupportPolicyFile | undefined): SupportPolicy {
  const merged: SupportPolicy = { ...BUILT_IN_SUPPORT_POLICY };
  if (!user) return merged;
  for (const [procedure, support] of Object.entries(user.policy)) {
    const base = merged[procedure];
    const extend = base && !user.replaces.includes(procedure);
    merged[procedure] = extend
      ? {
          diagnoses: [...base.diagnoses, ...support.diagnoses],
          source: `${base.source} + ${support.source}`,
        }
      : support;
  }
  return merged;
}

/** Whether a policy entry covers a diagnosis code (both canonical). */
export function supportCovers(entry: SupportingDiagnosis, diagnosis: string): boolean {
  if (entry.code.endsWith('-')) {
    const stem = entry.code.slice(0, -1).replace(/\.$/, '');
    return diagnosis.startsWith(stem);
  }
  return entry.code === diagnosis;
}

/** A procedure's supporting diagnoses, split for asking of one code whether any covers it. */
interface SupportLookup {
  exact: Set<string>;
  /** The stems of the entries that cover the codes below them (`G89.2-` as `G89.2`). */
  stems: string[];
}

const lookups = new WeakMap<ProcedureSupport, SupportLookup>();

/**
 * Whether any entry of `support` covers a diagnosis code (canonical): the same
 * answer as `supportCovers` over every entry, with the entries read once.
 */
export function supportCoversAny(support: ProcedureSupport, diagnosis: string): boolean {
  let lookup = lookups.get(support);
  if (!lookup) {
    lookup = { exact: new Set(), stems: [] };
    for (const entry of support.diagnoses) {
      if (entry.code.endsWith('-')) lookup.stems.push(entry.code.slice(0, -1).replace(/\.$/, ''));
      else lookup.exact.add(entry.code);
    }
    lookups.set(support, lookup);
  }
  if (lookup.exact.has(diagnosis)) return true;
  const stems = lookup.stems;
  for (let i = 0; i < stems.length; i++) if (diagnosis.startsWith(stems[i])) return true;
  return false;
}

/**
 * Reads a user's policy file: `{ "procedures": { "64620": { "replace": false,
 * "diagnoses": [ { "code": "G58.0", "title": "..." } ] } } }`. Diagnoses may
 * also be plain strings. Problems name the file, the procedure and the entry.
 */
export function parseSupportPolicy(text: string, fileName: string): SupportPolicyFile {
  const empty: SupportPolicyFile = { policy: {}, replaces: [], problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ...empty, problems: [`${fileName}: not valid JSON (${(error as Error).message}).`] };
  }
  const procedures = isObject(value) ? value.procedures : undefined;
  if (!isObject(procedures)) {
    return { ...empty, problems: [`${fileName}: expected an object with a "procedures" object.`] };
  }

  const result: SupportPolicyFile = { policy: {}, replaces: [], problems: [] };
  for (const [rawCode, entry] of Object.entries(procedures)) {
    const procedure = rawCode.toUpperCase();
    const list = isObject(entry) ? entry.diagnoses : undefined;
    if (!isObject(entry) || !Array.isArray(list)) {
      result.problems.push(`${fileName}: procedure "${rawCode}" needs a "diagnoses" list.`);
      continue;
    }
    const diagnoses: SupportingDiagnosis[] = [];
    for (const item of list) {
      const written = typeof item === 'string' ? item : isObject(item) ? item.code : undefined;
      const code = typeof written === 'string' ? canonicalPolicyCode(written) : undefined;
      if (!code) {
        result.problems.push(
          `${fileName}: procedure "${rawCode}" has a diagnosis ${JSON.stringify(item)} ` +
            'that is not an ICD-10-CM code (a trailing "-" covers the codes below).',
        );
        continue;
      }
      const title = isObject(item) && typeof item.title === 'string' ? item.title : undefined;
      diagnoses.push({ code, title });
    }
    result.policy[procedure] = { diagnoses, source: fileName };
    if (entry.replace === true) result.replaces.push(procedure);
  }
  return result;
}

const POLICY_CODE = /^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{0,4})(-?)$/;

/** `g580` as `G58.0`, `G89.2-` kept as a prefix; undefined when no ICD-10-CM shape. */
function canonicalPolicyCode(written: string): string | undefined {
  const match = POLICY_CODE.exec(written.trim().toUpperCase().replace(/\.-$/, '-'));
  if (!match) return undefined;
  const [, category, rest, prefix] = match;
  return `${category}${rest ? `.${rest}` : ''}${prefix}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
