/**
 * claim-check, run as a user runs it (`node dist/cli.js`): output formats,
 * exit codes, folders, standard input, and the same diagnostics as the editor.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../lsp/client';
import { FORMAT_EXAMPLE, NOT_BILLABLE } from '../lsp/fixtures';

const CLI = resolve(__dirname, '../../dist/cli.js');
const EXAMPLES = resolve(__dirname, '../../examples');
const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

function claimFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.claim'))
    .map((name) => join(folder, name));
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function claimCheck(args: string[], input?: string): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
}

describe('claim-check', () => {
  let folder: string;
  let clean: string;
  let bad: string;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'claim-check-'));
    clean = join(folder, 'clean.claim');
    bad = join(folder, 'nested', 'deeper', 'not-billable.claim');
    mkdirSync(join(folder, 'nested', 'deeper'), { recursive: true });
    writeFileSync(clean, FORMAT_EXAMPLE);
    writeFileSync(bad, NOT_BILLABLE);
    writeFileSync(join(folder, 'nested', 'readme.txt'), 'not a claim: dx A G89.2\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('exits 0 and prints no problem line for the FORMAT.md example', () => {
    const run = claimCheck([clean]);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /: (error|warning) /);
    assert.match(run.stderr, /1 file checked/);
  });

  it('exits 1 and prints path:line:col: severity rule: message for an error', () => {
    const run = claimCheck([bad]);
    assert.equal(run.status, 1);
    const line = run.stdout.split('\n').find((l) => l.includes('code-not-billable'));
    assert.ok(line, run.stdout);
    assert.ok(line.startsWith(`${bad}:10:9: error code-not-billable: `), line);
    assert.match(line, /G89\.21/);
  });

  it('prints a JSON array with 1-based positions', () => {
    const run = claimCheck(['--format', 'json', bad]);
    assert.equal(run.status, 1);
    const found: JsonDiagnostic[] = JSON.parse(run.stdout);
    const problem = found.find((d) => d.rule === 'code-not-billable');
    assert.ok(problem);
    assert.deepEqual(
      { ...problem, message: undefined },
      {
        file: bad,
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 14,
        severity: 'error',
        rule: 'code-not-billable',
        message: undefined,
      },
    );
  });

  it('checks folders recursively, .claim files only, in a stable order', () => {
    const run = claimCheck(['--format=json', folder]);
    assert.equal(run.status, 1);
    const found = JSON.parse(run.stdout) as JsonDiagnostic[];
    assert.ok(found.some((d) => d.file === bad && d.rule === 'code-not-billable'));
    assert.ok(
      found.every((d) => d.file === bad || d.file === clean),
      run.stdout,
    );
    assert.match(claimCheck([folder]).stderr, /2 files checked/);
  });

  it('reads standard input for -', () => {
    const run = claimCheck(['-'], NOT_BILLABLE);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^<stdin>:10:\d+: error code-not-billable: /m);
  });

  it('sets a rule level with --rule', () => {
    const run = claimCheck(['--rule', 'code-not-billable=warning', bad]);
    assert.match(run.stdout, /: warning code-not-billable: /);
    assert.equal(run.status, 0);
    assert.doesNotMatch(claimCheck(['--rule=code-not-billable=off', bad]).stdout, /not-billable/);
  });

  it('names the files in which it found no claim, and still exits 0', () => {
    const empty = join(folder, 'empty.claim');
    const comments = join(folder, 'comments.claim');
    writeFileSync(empty, '');
    writeFileSync(comments, '# nothing billed today\n');
    try {
      const run = claimCheck([clean, empty, comments]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^3 files checked: no problems$/m);
      assert.match(
        run.stderr,
        /2 files hold no `claim` line, so nothing in them was checked: .*empty\.claim, .*comments/,
      );
      assert.doesNotMatch(claimCheck([clean]).stderr, /no `claim` line/);
      // JSON keeps standard output for the diagnostics; the note goes to standard error.
      const json = claimCheck(['--format', 'json', empty]);
      assert.deepEqual(JSON.parse(json.stdout), []);
      assert.match(
        json.stderr,
        /1 file holds no `claim` line, so nothing in it was checked: .*empty/,
      );
      // A binary file has its own message, which says it was not checked.
      const binary = join(folder, 'binary.claim');
      writeFileSync(binary, Buffer.from([0, 1, 2, 0, 0, 99]));
      const refused = claimCheck([binary]);
      rmSync(binary);
      assert.match(refused.stdout, /encoding/);
      assert.doesNotMatch(refused.stderr, /no `claim` line/);
    } finally {
      rmSync(empty);
      rmSync(comments);
    }
  });

  it('exits 2 naming a file it cannot read, after checking the others', () => {
    const missing = join(folder, 'missing.claim');
    const run = claimCheck([clean, missing]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, new RegExp(`cannot read ${missing.replace(/[.\\/]/g, '\\$&')}`));
    assert.match(run.stderr, /1 file checked/);
  });

  it('exits 2 on usage errors with a message saying what is wrong', () => {
    const cases: [string[], RegExp][] = [
      [[], /no files to check/],
      [['--format', 'xml', clean], /--format must be text, json or sarif/],
      [['--rule', 'no-such-rule=error', clean], /unknown rule no-such-rule/],
      [['--rule', 'dx-unused=loud', clean], /level must be one of/],
      [['--bogus', clean], /unknown option --bogus/],
      [['--cpt-descriptors'], /--cpt-descriptors needs a value/],
      [['--cpt-descriptors', join(folder, 'none.csv'), clean], /cannot read CPT descriptor/],
    ];
    for (const [args, message] of cases) {
      const run = claimCheck(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message, args.join(' '));
    }
  });

  it('prints help and version and exits 0', () => {
    const help = claimCheck(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: claim-check/);
    const version = claimCheck(['--version']);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /claim-check \d+\.\d+\.\d+/);
    assert.match(version.stdout, /icd10cm: FY2026/);
  });

  it('never writes to its inputs', () => {
    const before = { text: readFileSync(bad, 'utf8'), mtime: statSync(bad).mtimeMs };
    claimCheck([bad, folder]);
    assert.deepEqual({ text: readFileSync(bad, 'utf8'), mtime: statSync(bad).mtimeMs }, before);
  });

  it('gives the same diagnostics as the language server for the same text', async () => {
    const files = [bad, ...claimFilesIn(EXAMPLES)];
    const fromCli = new Map<string, string[]>(files.map((file) => [file, []]));
    const run = claimCheck(['--format', 'json', ...files]);
    for (const d of JSON.parse(run.stdout) as JsonDiagnostic[]) {
      const where = `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
      fromCli.get(d.file)?.push(`${where} ${d.severity} ${d.rule} ${d.message}`);
    }

    const client = await TestClient.start();
    try {
      for (const file of files) {
        const { diagnostics } = await client.open(readFileSync(file, 'utf8'));
        const fromServer = diagnostics.map((d) => {
          const { start, end } = d.range;
          const from = `${start.line + 1}:${start.character + 1}`;
          const where = `${from}-${end.line + 1}:${end.character + 1}`;
          return `${where} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.code} ${d.message}`;
        });
        assert.deepEqual(fromServer, fromCli.get(file), file);
      }
    } finally {
      await client.stop();
    }
  });
});
