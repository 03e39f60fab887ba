/**
 * claim-check: the same engine as the editor, over files on disk.
 * Exit status 0 when no diagnostic is an error, 1 when one is, 2 for a usage
 * problem or a file that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, USAGE, type CheckerArgs } from './cli/args';
import { gatherInputs } from './cli/inputs';
import {
  checkInParallel,
  defaultJobs,
  isCheckWorker,
  serveChecks,
  workerArgv,
  type CheckFile,
} from './cli/jobs';
import { filesWithoutClaims, formatJson, formatText, summary, toReported } from './cli/report';
import { projectRuleHelp } from './cli/rule-help';
import { formatSarif } from './cli/sarif';
import { type FileOutcome, outcomeOf, ProgressLine, Summary } from './cli/summary';
import { convertInputs } from './cli/to-markup';
import { defaultPayerProblem } from './config/default-payer';
import { loadCodeSetFolders } from './config/codeset-folder';
import { loadEditFiles } from './config/edit-files';
import { defaultCodeSets } from './engine/codesets/load';
import { icdYears } from './engine/icd-years';
import { ClaimEngine } from './engine/index';
import { defaultOptions } from './engine/options';
import { allRules } from './engine/rules';
import { version } from '../../package.json';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

async function main(argv: readonly string[]): Promise<number> {
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

  const { codeSets, engine, configProblems } = await engineFor(args);
  if (args.version) {
    const years = icdYears(codeSets)
      .map((year) => year.version)
      .join(', ');
    const inUse = { ...codeSets.versions, icd10cm: years };
    const versions = Object.entries(inUse).map(([set, v]) => `  ${set}: ${v}`);
    process.stdout.write(`claim-check ${version}\ncode sets:\n${versions.join('\n')}\n`);
    return EXIT_CLEAN;
  }

  for (const problem of configProblems) {
    // One line each, though a parser's own message may hold a line break.
    process.stderr.write(`claim-check: ${problem.replace(/\s*\n\s*/g, ' ')}\n`);
  }

  const { inputs, problems } = gatherInputs(args.inputs, () => readFileSync(0, 'utf8'));
  if (args.toMarkup) {
    const converted = convertInputs(inputs);
    process.stdout.write(converted.output);
    const unread = [...problems, ...converted.problems];
    for (const problem of unread) process.stderr.write(`claim-check: ${problem}\n`);
    return unread.length ? EXIT_USAGE : EXIT_CLEAN;
  }

  // The progress line is drawn only for --summary, and only on a terminal.
  const progress = new ProgressLine(process.stderr, args.summary ? inputs.length : 0);
  const results = await checkInParallel(
    inputs,
    args.jobs ?? defaultJobs(inputs),
    checkWith(engine),
    __filename,
    argv,
    (done) => progress.update(done),
  );
  progress.done();
  const reported = results.flatMap((result) => result.reported);
  const totals = () => {
    const batch = new Summary();
    for (const result of results) batch.add(result.outcome);
    return batch;
  };

  if (args.format === 'sarif') {
    const rules = projectRuleHelp(allRules);
    const files = inputs.map((input) => input.path);
    process.stdout.write(`${formatSarif(reported, { toolVersion: version, rules, files })}\n`);
    if (args.summary) process.stderr.write(`${totals().formatText()}\n`);
  } else if (args.summary) {
    const batch = totals();
    process.stdout.write(`${args.format === 'json' ? batch.formatJson() : batch.formatText()}\n`);
  } else if (args.format === 'json') {
    process.stdout.write(`${formatJson(reported)}\n`);
  } else {
    if (reported.length) process.stdout.write(`${formatText(reported)}\n`);
    process.stderr.write(`${summary(inputs.length, reported)}\n`);
  }
  // A file with a diagnostic of its own (binary, say) has been spoken of already;
  // `--summary` counts the claims itself.
  const empty = results.filter(({ outcome }) => outcome.claims === 0 && isQuiet(outcome));
  const note = filesWithoutClaims(empty.map(({ outcome }) => outcome.path));
  if (note && !args.summary) process.stderr.write(`claim-check: ${note}\n`);
  for (const problem of problems) process.stderr.write(`claim-check: ${problem}\n`);

  if (problems.length || configProblems.length) return EXIT_USAGE;
  return reported.some((d) => d.severity === 'error') ? EXIT_ERRORS : EXIT_CLEAN;
}

function isQuiet(outcome: FileOutcome): boolean {
  return Object.values(outcome.bySeverity).every((count) => !count);
}

/**
 * The code sets and the engine the command line asks for, with the problems of
 * its configuration files. Workers (`--jobs`) build theirs the same way.
 */
async function engineFor(args: CheckerArgs) {
  // Other ICD-10-CM years and newer releases from --codesets; each date uses its year.
  const folders = args.codeSetDirs.length
    ? await loadCodeSetFolders({ folders: args.codeSetDirs, base: defaultCodeSets() })
    : undefined;
  const codeSets = folders?.codeSets ?? defaultCodeSets();

  // A configuration file that is missing or malformed is named once on standard error;
  // the defaults stay in force for what it could not give, and the exit status is 2.
  const configProblems: string[] = [...(folders?.problems ?? [])];
  if (args.cptDescriptors) {
    let csv: string | undefined;
    try {
      csv = readFileSync(args.cptDescriptors, 'utf8');
    } catch {
      configProblems.push(`cannot read CPT descriptor file ${args.cptDescriptors}`);
    }
    const problem = csv && codeSets.procedures.loadLicensedDescriptors(csv, args.cptDescriptors);
    if (problem) configProblems.push(problem);
  }
  const userEdits = loadEditFiles({
    ptpDir: args.ptpDir,
    payerProfileFile: args.payerProfiles,
    supportPolicyFile: args.supportPolicy,
  });
  configProblems.push(...userEdits.problems);
  const payerProblem = defaultPayerProblem(args.defaultPayer, userEdits.options.payerProfiles);
  if (payerProblem) configProblems.push(payerProblem);
  const engine = new ClaimEngine(codeSets, {
    ...defaultOptions(),
    ...userEdits.options,
    defaultPayer: payerProblem ? undefined : args.defaultPayer,
    ruleLevels: args.ruleLevels,
  });
  return { codeSets, engine, configProblems };
}

function checkWith(engine: ClaimEngine): CheckFile {
  return (input) => {
    // The path tells a `.claim` file from an 837P that happens to open the same way.
    const { claims, diagnostics } = engine.checkBatch(input.text, input.path);
    return {
      reported: diagnostics.map((diagnostic) => toReported(input.path, diagnostic)),
      outcome: outcomeOf(input.path, claims, diagnostics),
    };
  };
}

/** A worker of `--jobs`: the same engine as the main thread, checking the files it is sent. */
async function serveAsWorker(): Promise<void> {
  const parsed = parseArgs(
    workerArgv(),
    allRules.map((rule) => rule.name),
  );
  if (!parsed.ok) throw new Error(parsed.problem);
  const { engine } = await engineFor(parsed.args);
  serveChecks(checkWith(engine));
}

if (isCheckWorker()) {
  void serveAsWorker();
} else {
  // `claim-check ... | head` closes the pipe early; that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  void main(process.argv.slice(2)).then((status) => (process.exitCode = status));
}
