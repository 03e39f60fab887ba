/**
 * The checker's command line. Parsing never exits the process: it returns
 * what was asked or a usage problem, and `cli.ts` decides what to print.
 */
import type { RuleLevel } from '../engine/options';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckerArgs {
  format: OutputFormat;
  cptDescriptors?: string;
  /** Folder of CMS practitioner PTP files. */
  ptpDir?: string;
  /** Folders of publishers' code-set files (other ICD-10-CM years, newer NCCI...). */
  codeSetDirs: string[];
  /** JSON payer-profile file. */
  payerProfiles?: string;
  /** JSON diagnosis-support policy file. */
  supportPolicy?: string;
  defaultPayer?: string;
  ruleLevels: Record<string, RuleLevel>;
  /** Worker threads checking files at once; undefined: one per core. */
  jobs?: number;
  /** Counts per rule and per file and the clean claims, instead of each diagnostic. */
  summary: boolean;
  /** Print each 837P input as claim markup instead of checking it. */
  toMarkup: boolean;
  /** Files and folders as written; `-` is standard input. */
  inputs: string[];
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; args: CheckerArgs } | { ok: false; problem: string };

const LEVELS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Options that take a value, as `--name value` or `--name=value`. */
const VALUED_OPTIONS: readonly string[] = [
  '--format',
  '--jobs',
  '--cpt-descriptors',
  '--ptp',
  '--codesets',
  '--payer-profiles',
  '--support-policy',
  '--default-payer',
  '--rule',
];

export const USAGE = `Usage: claim-check [options] FILE|DIR...

Checks .claim files and X12 837P files (.837, .x12, .edi, .txt holding an 837P;
folders are searched recursively; quoted glob patterns such
as "claims/*.claim" are expanded; - reads standard input) and prints one line per
problem, like a compiler. Inputs are only read, never written.

Options:
  --format text|json|sarif  output format (default: text); sarif is SARIF 2.1.0
  --summary                 counts per rule and per file and the clean claims, in
                            place of each diagnostic (JSON with --format json; on
                            standard error with --format sarif)
  --to-markup               print each 837P file as claim markup (no names or
                            addresses) instead of checking it
  --cpt-descriptors FILE    licensed CPT descriptor file (CSV: code,description)
  --ptp DIR                 folder of CMS practitioner PTP edit files (NCCI pairs)
  --codesets DIR            folder of official code-set files: ICD-10-CM order files
                            (icd10cm-order-YYYY.txt or their zip) for other fiscal
                            years, NUCC, HCPCS modifiers, MUE, add-on, fee schedule
                            (may be repeated; compiled once into a cache)
  --payer-profiles FILE     JSON payer-profile file, added to the built-in profiles
  --support-policy FILE     JSON diagnosis-support policy file
  --default-payer NAME      payer profile for claims without a payer line
  --rule RULE=LEVEL         set a rule's level: error, warning, info, hint or off
                            (may be repeated)
  --jobs N                  check files on N threads at once (default: one per
                            24 MB of claims, at most one per core)
  -h, --help                show this help
  -v, --version             show the version and the code-set versions

Exit status: 0 no errors, 1 at least one error, 2 usage error, or a file or
configuration file that could not be read (the rest is still checked, with the
defaults in place of what could not be read).`;

export function parseArgs(argv: readonly string[], knownRules: readonly string[]): ParsedArgs {
  const args: CheckerArgs = {
    format: 'text',
    summary: false,
    toMarkup: false,
    ruleLevels: {},
    codeSetDirs: [],
    inputs: [],
    help: false,
    version: false,
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      args.help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      args.version = true;
      continue;
    }
    if (arg === '--summary' || arg === '--to-markup') {
      args[arg === '--summary' ? 'summary' : 'toMarkup'] = true;
      continue;
    }
    if (arg !== '-' && arg.startsWith('-') && !arg.startsWith('--')) {
      return { ok: false, problem: `unknown option ${arg}` };
    }
    if (!arg.startsWith('--')) {
      args.inputs.push(arg);
      continue;
    }

    // --name value or --name=value
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    let value: string | undefined = equals > 0 ? arg.slice(equals + 1) : undefined;
    if (!VALUED_OPTIONS.includes(name)) {
      return { ok: false, problem: `unknown option ${name}` };
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) return { ok: false, problem: `${name} needs a value` };
    }

    if (name === '--format') {
      if (value !== 'text' && value !== 'json' && value !== 'sarif') {
        return { ok: false, problem: `--format must be text, json or sarif, not ${value}` };
      }
      args.format = value;
    } else if (name === '--jobs') {
      const jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1) {
        return { ok: false, problem: `--jobs takes a whole number from 1, not ${value}` };
      }
      args.jobs = jobs;
    } else if (name === '--cpt-descriptors') {
      args.cptDescriptors = value;
    } else if (name === '--ptp') {
      args.ptpDir = value;
    } else if (name === '--codesets') {
      args.codeSetDirs.push(value);
    } else if (name === '--payer-profiles') {
      args.payerProfiles = value;
    } else if (name === '--support-policy') {
      args.supportPolicy = value;
    } else if (name === '--default-payer') {
      args.defaultPayer = value;
    } else {
      const problem = readRuleLevel(value, knownRules, args.ruleLevels);
      if (problem) return { ok: false, problem };
    }
  }

  if (!args.help && !args.version && args.inputs.length === 0) {
    return { ok: false, problem: 'no files to check' };
  }
  return { ok: true, args };
}

function readRuleLevel(
  value: string,
  knownRules: readonly string[],
  levels: Record<string, RuleLevel>,
): string | undefined {
  const [rule, level] = value.split('=');
  if (!rule || !level) return `--rule takes RULE=LEVEL, not ${value}`;
  if (!knownRules.includes(rule)) return `--rule: unknown rule ${rule}`;
  if (!LEVELS.includes(level)) {
    return `--rule: level must be one of ${LEVELS.join(', ')}, not ${level}`;
  }
  levels[rule] = level as RuleLevel;
  return undefined;
}
