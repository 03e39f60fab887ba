/**
 * Privacy: nothing leaves the machine, and nothing a claim says reaches a log.
 * The server and the checker run under a guard that refuses and records every
 * socket, DNS, HTTP, TLS, UDP and fetch use; a full editing session runs at each
 * trace level, and its log, trace and messages must hold rule names, line numbers
 * and timings, never the patient id, the date of birth or the note's words.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  LogTraceNotification,
  Trace,
  TraceFormat,
} from 'vscode-languageserver-protocol/node';
import { withheld, withheldTraceObject } from '../../client/src/trace-privacy';
import { FILE_SETTINGS } from '../../server/src/lsp/settings';
import { rangeOf, TestClient } from './client';
import { FORMAT_EXAMPLE, PATIENT_WORDS } from './fixtures';

const ROOT = resolve(__dirname, '../..');
const GUARD = join(ROOT, 'test/guard/no-network.cjs');
const CLI = join(ROOT, 'dist/cli.js');

/** Everything in the claim that identifies the patient or quotes the note. */
const SECRETS = [
  ...PATIENT_WORDS,
  'thoracotomy',
  'refractory',
  'phenol',
  'heavy lifting',
  // Typed during the session below.
  'P-9921',
  '1971-07-04',
  'shingles',
];

/** The example with problems enough for quick fixes, and an identifying note. */
const SESSION_CLAIM = FORMAT_EXAMPLE.replace('dx B  G89.29', 'dx B  G89.2').replace(
  'Units: 2',
  'Units: 3',
);

describe('privacy: no network use', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'claim-privacy-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs `node --require guard ...`; returns the run and the attempts the guard recorded. */
  function guarded(args: string[], input?: string) {
    const record = join(folder, `attempts-${Math.random().toString(36).slice(2)}.log`);
    writeFileSync(record, '');
    const run = spawnSync(process.execPath, ['--require', GUARD, ...args], {
      encoding: 'utf8',
      input,
      env: { ...process.env, CLAIM_CODING_NETWORK_LOG: record },
    });
    return { run, attempts: readFileSync(record, 'utf8') };
  }

  it('the guard refuses and records each kind of network use', () => {
    const script = [
      "const tryIt = (f) => { try { f(); } catch {} };",
      "tryIt(() => require('net').connect(80, 'example.com'));",
      "tryIt(() => new (require('net').Socket)().connect(80, 'example.com'));",
      "tryIt(() => require('net').createServer().listen(0));",
      "tryIt(() => require('dns').lookup('example.com', () => {}));",
      "tryIt(() => require('https').get('https://example.com'));",
      "tryIt(() => require('http').request('http://example.com'));",
      "tryIt(() => require('tls').connect(443, 'example.com'));",
      "tryIt(() => require('dgram').createSocket('udp4'));",
      "tryIt(() => fetch('https://example.com'));",
    ].join('\n');
    const { attempts } = guarded(['-e', script]);
    const apis = attempts.trim().split('\n').map((line) => line.split(' ')[0]);
    assert.deepEqual(apis, [
      'net.connect',
      'net.Socket.connect',
      'net.Server.listen',
      'dns.lookup',
      'https.get',
      'http.request',
      'tls.connect',
      'dgram.createSocket',
      'fetch',
    ]);
  });

  it('the checker uses no network: files, folders, globs and standard input', () => {
    const examples = join(ROOT, 'examples');
    const { run, attempts } = guarded(
      [CLI, join(examples, 'format-example.claim'), examples, `${examples}/*-problems.claim`, '-'],
      FORMAT_EXAMPLE,
    );
    assert.equal(attempts, '');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /files checked/);
  });

  it('the server uses no network over stdio or node IPC, through a whole session', async () => {
    for (const transport of ['stdio', 'ipc'] as const) {
      const record = join(folder, `server-${transport}.log`);
      writeFileSync(record, '');
      const client = await TestClient.start({
        transport,
        nodeArgs: ['--require', GUARD],
        env: { CLAIM_CODING_NETWORK_LOG: record },
      });
      try {
        await editingSession(client);
      } finally {
        await client.stop();
      }
      assert.equal(readFileSync(record, 'utf8'), '', transport);
    }
  });

  it('no source file imports a network module, calls fetch or ships telemetry', () => {
    const network = /\bfrom ['"](node:)?(net|http|https|http2|tls|dgram|dns|undici)['"]|\bfetch\(/;
    const sources = ['client/src', 'server/src'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
    const offenders = sources.filter((file) => network.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const packages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    const telemetry = /telemetry|insights|analytics|sentry/i;
    assert.deepEqual(packages.filter((name) => telemetry.test(name)), []);
  });

  it('declares every setting that names a file as restricted in untrusted workspaces', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const name of FILE_SETTINGS) assert.ok(restricted.includes(`claimCoding.${name}`), name);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });
});

describe('privacy: logs and traces at every trace level', () => {
  const levels = [
    { trace: 'off', format: TraceFormat.Text },
    { trace: 'messages', format: TraceFormat.Text },
    { trace: 'verbose', format: TraceFormat.Text },
    { trace: 'verbose', format: TraceFormat.JSON },
  ] as const;

  for (const { trace, format } of levels) {
    it(`names rules, lines, timings, never patient data (trace ${trace}, ${format})`, async () => {
      const client = await TestClient.start({ trace, nodeArgs: ['--require', GUARD] });
      const output: string[] = [];
      client.child.stderr?.on('data', (chunk) => output.push(String(chunk)));
      client.connection.onNotification(LogTraceNotification.type, (params) => {
        output.push(params.message, params.verbose ?? '');
      });
      // The client side of the trace, as the extension's PrivateLanguageClient writes it.
      await client.connection.trace(
        Trace.fromString(trace),
        {
          log: (message: unknown, data?: unknown) =>
            output.push(
              typeof message === 'string'
                ? `${message} ${data === undefined ? '' : withheld(data)}`
                : withheldTraceObject(message),
            ),
        },
        { sendNotification: true, traceFormat: format },
      );
      try {
        await editingSession(client);
      } finally {
        await client.stop();
      }

      const everything = [...client.logs, ...client.shownMessages, ...output].join('\n');
      for (const secret of SECRETS) {
        assert.ok(!everything.includes(secret), `"${secret}" reached the log or the trace`);
      }
      const log = client.logs.join('\n');
      assert.match(log, /code-not-billable line 10/, 'the log names rules and lines');
      assert.match(log, /\d ms/, 'the log gives timings');
      if (trace !== 'off') assert.match(everything, /textDocument\/hover/, 'the trace ran');
    });
  }
});

/** Open, edit, hover, complete, fix, format, outline, close: what a coder does in a minute. */
async function editingSession(client: TestClient): Promise<void> {
  const { uri, diagnostics } = await client.open(SESSION_CLAIM, 'ASC-2026-0001 P-4471.claim');
  assert.ok(diagnostics.some((d) => d.code === 'code-not-billable'));

  await client.edit(uri, [{ range: rangeOf(client, uri, 'P-4471'), text: 'P-9921' }]);
  await client.edit(uri, [{ range: rangeOf(client, uri, '1964-03-12'), text: '1971-07-04' }]);
  const note = client.endOfLine(uri, 'Instructions:');
  await client.edit(uri, [{ range: { start: note, end: note }, text: ' Watch for shingles.' }]);

  await client.hover(uri, client.positionOf(uri, 'G58.0', 1));
  await client.hover(uri, client.positionOf(uri, 'P-9921', 1));
  await client.hover(uri, client.positionOf(uri, 'shingles', 1));
  await client.completion(uri, client.positionOf(uri, 'G89.2', 3));
  await client.completion(uri, client.endOfLine(uri, 'svc 64620-RT'));

  const current = client.diagnostics.get(uri)?.diagnostics ?? [];
  for (const diagnostic of current) {
    const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
    if (actions[0]?.edit) {
      await client.applyCodeAction(uri, actions[0]);
      break;
    }
  }

  const capabilities = client.initializeResult?.capabilities;
  const textDocument = { uri };
  if (capabilities?.documentFormattingProvider) {
    const options = { tabSize: 2, insertSpaces: true };
    await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options });
  }
  if (capabilities?.documentSymbolProvider) {
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument });
  }
  if (capabilities?.foldingRangeProvider) {
    await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
  }
  await client.close(uri);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}
