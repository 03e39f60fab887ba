/**
 * claim-check: the same engine as the editor, over files on disk.
 * Exit status 0 when no diagnostic is an error, 1 when one is, 2 for a usage
 * problem or a file that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, USAGE } from './cli/args';
import { gatherInputs } from './cli/inputs';
import { formatJson, formatText, summary, toReported, type ReportedDiagnostic } from './cli/report';
import { defaultCodeSets } from './engine/codesets/load';
import { ClaimEngine } from './engine/index';
import { defaultOptions } from './engine/options';
import { allRules } from './engine/rules';
import { version } from '../../package.json';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

function main(argv: readonly string[]): number {
  const parsed = parseArgs(
    argv,
    allRules.map((rule) => rule.name),
  );
  if (!parsed.ok) {
    process.stderr.write(`claim-check: ${parsed.problem}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_CLEAN;
  }

  const codeSets = defaultCodeSets();
  if (args.version) {
    const versions = Object.entries(codeSets.versions).map(([set, v]) => `  ${set}: ${v}`);
    process.stdout.write(`claim-check ${version}\ncode sets:\n${versions.join('\n')}\n`);
    return EXIT_CLEAN;
  }

  if (args.cptDescriptors) {
    let csv: string;
    try {
      csv = readFileSync(args.cptDescriptors, 'utf8');
    } catch {
      process.stderr.write(`claim-check: cannot read CPT descriptor file ${args.cptDescriptors}\n`);
      return EXIT_USAGE;
    }
    const problem = codeSets.procedures.loadLicensedDescriptors(csv, args.cptDescriptors);
    // A malformed file leaves our own descriptions in force, as in the editor.
    if (problem) process.stderr.write(`claim-check: ${problem}\n`);
  }

  const engine = new ClaimEngine(codeSets, {
    ...defaultOptions(),
    defaultPayer: args.defaultPayer,
    ruleLevels: args.ruleLevels,
  });

  const { inputs, problems } = gatherInputs(args.inputs, () => readFileSync(0, 'utf8'));
  const reported: ReportedDiagnostic[] = [];
  for (const input of inputs) {
    for (const diagnostic of engine.check(input.text).diagnostics) {
      reported.push(toReported(input.path, diagnostic));
    }
  }

  if (args.format === 'json') {
    process.stdout.write(`${formatJson(reported)}\n`);
  } else {
    if (reported.length) process.stdout.write(`${formatText(reported)}\n`);
    process.stderr.write(`${summary(inputs.length, reported)}\n`);
  }
  for (const problem of problems) process.stderr.write(`claim-check: ${problem}\n`);

  if (problems.length) return EXIT_USAGE;
  return reported.some((d) => d.severity === 'error') ? EXIT_ERRORS : EXIT_CLEAN;
}

// `claim-check ... | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
