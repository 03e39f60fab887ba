/**
 * `npm run fuzz`: random edits through the real server over stdio, as an editor
 * sends them. Several documents are edited at once in batches; after each batch
 * the diagnostics published for every document must equal a fresh check of its
 * text, hover and completion must answer, the log must show no failure, and the
 * server must still be running. A failure saves the document's first text and
 * every change since under test-output/fuzz/ and exits 1.
 *
 *   npm run fuzz -- [--edits N] [--seed S]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { defaultCodeSets } from '../server/src/engine/codesets/load';
import { ClaimEngine } from '../server/src/engine/index';
import { applyChange, claimText, textChange } from '../test/properties/claim-text';
import { applyLspChanges, lspChange, mismatch } from '../test/properties/lsp-edits';
import { TestClient } from '../test/lsp/client';

const DOCUMENTS = 8;
const BATCH = 50;
/** A document grown past this is closed and a new one opened, to keep checks small. */
const MAX_LENGTH = 30_000;
const OUTPUT = resolve(__dirname, '..', 'test-output', 'fuzz');

interface Options {
  edits: number;
  seed: number;
}

interface FuzzDocument {
  uri: string;
  start: string;
  changes: TextDocumentContentChangeEvent[];
  version: number;
  /** The text of each version sent in this batch, to check what the server published for it. */
  texts: Map<number, string>;
}

function readOptions(argv: string[]): Options {
  const options: Options = { edits: 100_000, seed: Date.now() % 1_000_000 };
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    if (argv[i] === '--edits' && Number.isInteger(value) && value > 0) options.edits = value;
    else if (argv[i] === '--seed' && Number.isInteger(value)) options.seed = value;
    else continue;
    i++;
  }
  return options;
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const engine = new ClaimEngine(defaultCodeSets());
  const client = await TestClient.start();
  const started = performance.now();
  let seed = options.seed;
  const nextSeed = () => seed++;

  const open = async (): Promise<FuzzDocument> => {
    const [start] = fc.sample(claimText, { seed: nextSeed(), numRuns: 1 });
    const { uri } = await client.open(start);
    return { uri, start, changes: [], version: 1, texts: new Map() };
  };

  const documents = await Promise.all(Array.from({ length: DOCUMENTS }, open));
  let sent = 0;
  let compared = 0;
  let nextReport = 10_000;

  while (sent < options.edits) {
    const publishedBefore = client.published.length;
    const results = await Promise.all(
      documents.map(async (document) => {
        const count = Math.min(BATCH, Math.ceil((options.edits - sent) / DOCUMENTS));
        const changes = fc.sample(fc.tuple(textChange, fc.boolean()), {
          seed: nextSeed(),
          numRuns: count,
        });
        for (const [index, [change, wholeText]] of changes.entries()) {
          const text = client.text(document.uri);
          const event =
            wholeText && index % 10 === 0
              ? { text: applyChange(text, change) }
              : lspChange(text, change);
          document.changes.push(event);
          document.version++;
          document.texts.set(document.version, applyLspChanges(text, [event]));
          if (index < changes.length - 1) await client.editQuickly(document.uri, [event]);
          else await client.edit(document.uri, [event]);
        }
        return { document, count };
      }),
    );

    // Every version the server published during the batch, not only the last.
    const published = client.published.slice(publishedBefore);
    for (const { document, count } of results) {
      sent += count;
      const last = client.diagnostics.get(document.uri);
      if (last?.version !== document.version) {
        return failed(options, document, `the last push is for v${last?.version}`, client);
      }
      for (const push of published.filter((p) => p.uri === document.uri)) {
        const text = document.texts.get(push.version ?? -1);
        if (text === undefined) continue;
        const problem = mismatch(engine, text, push.diagnostics);
        compared++;
        if (problem) return failed(options, document, `v${push.version}: ${problem}`, client);
      }
      document.texts.clear();
      const problem = await answers(client, document.uri);
      if (problem) return failed(options, document, problem, client);
    }
    const failure = client.logs.find((line) => / failed: /.test(line));
    if (failure) return failed(options, documents[0], `the server logged: ${failure}`, client);
    if (client.child.exitCode !== null) {
      return failed(options, documents[0], 'the server exited', client);
    }

    for (const [index, document] of documents.entries()) {
      if (client.text(document.uri).length <= MAX_LENGTH) continue;
      await client.close(document.uri);
      documents[index] = await open();
    }
    if (sent >= nextReport) {
      process.stdout.write(`fuzz: ${sent} edits, ${compared} checks compared\n`);
      nextReport += 10_000;
    }
  }

  await client.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `fuzz: ran ${sent} random edits through the server in ${DOCUMENTS} documents; ` +
      `${compared} published results matched a fresh check; no failure ` +
      `(seed ${options.seed}, ${seconds} s).\n`,
  );
  return 0;
}

/** Hover and completion at a random spot must answer without an error. */
async function answers(client: TestClient, uri: string): Promise<string | undefined> {
  const text = client.text(uri);
  const lines = text.split(/\r\n|\r|\n/);
  const line = Math.floor(Math.random() * lines.length);
  const position = { line, character: Math.floor(Math.random() * (lines[line].length + 1)) };
  try {
    await client.hover(uri, position);
    await client.completion(uri, position);
    return undefined;
  } catch (error) {
    return `hover or completion at ${line}:${position.character} failed: ${String(error)}`;
  }
}

async function failed(
  options: Options,
  document: FuzzDocument,
  problem: string,
  client: TestClient,
): Promise<number> {
  mkdirSync(OUTPUT, { recursive: true });
  const name = `failure-${options.seed}-${Date.now()}`;
  const saved = { seed: options.seed, problem, start: document.start, changes: document.changes };
  writeFileSync(join(OUTPUT, `${name}.json`), `${JSON.stringify(saved, null, 2)}\n`);
  writeFileSync(join(OUTPUT, `${name}.claim`), client.text(document.uri));
  process.stderr.write(`fuzz: FAILED: ${problem}\nsaved test-output/fuzz/${name}.json\n`);
  client.child.kill();
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
