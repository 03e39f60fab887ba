/**
 * `dist/server.js` runs the server's bundle with V8's code cache
 * (`server/src/launch.ts`). Each case runs a copy of the two files in a folder of
 * its own (with `data/` linked beside it), so that the cache it writes is its own.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { after, describe, it } from 'node:test';
import { SERVER_PATH, TestClient } from './client';
import { FORMAT_EXAMPLE, NOT_BILLABLE } from './fixtures';

const DIST = resolve(SERVER_PATH, '..');
const folders: string[] = [];

/** A folder holding dist/server.js, dist/language-server.js and a link to data/. */
function installCopy(): { dist: string; bundle: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'claim-launch-'));
  folders.push(root);
  const dist = join(root, 'dist');
  mkdirSync(dist);
  for (const file of ['server.js', 'language-server.js']) {
    copyFileSync(join(DIST, file), join(dist, file));
  }
  symlinkSync(resolve(DIST, '..', 'data'), join(root, 'data'));
  return {
    dist,
    bundle: join(dist, 'language-server.js'),
    cache: join(dist, 'language-server.cache'),
  };
}

/** Starts the copy, checks one claim file, stops it; returns the diagnostics' codes. */
async function startAndCheck(
  dist: string,
  text = NOT_BILLABLE,
  nodeArgs: string[] = [],
): Promise<string[]> {
  const client = await TestClient.start({ serverPath: join(dist, 'server.js'), nodeArgs });
  try {
    const { diagnostics } = await client.open(text);
    return diagnostics.map((d) => String(d.code));
  } finally {
    assert.equal(await client.stop(), 0);
  }
}

function sha1(data: string | Buffer): Buffer {
  return createHash('sha1').update(data).digest();
}

after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the server launcher and its code cache', () => {
  it('writes a cache named by the bundle that V8 then accepts', async () => {
    const { dist, bundle, cache } = installCopy();
    assert.deepEqual(await startAndCheck(dist), ['code-not-billable']);

    const file = readFileSync(cache);
    const source = readFileSync(bundle, 'utf8');
    assert.deepEqual(
      file.subarray(0, 20),
      sha1(source),
      "the cache opens with the bundle's digest",
    );
    assert.deepEqual(file.subarray(20, 40), sha1(file.subarray(40)), "then the code's digest");
    // The same wrapper as the launcher's: V8 takes the cache only for the same source.
    const script = new Script(
      `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
      { filename: bundle, cachedData: file.subarray(40) },
    );
    assert.equal(script.cachedDataRejected, false);

    // The second start reads it and checks the same.
    assert.deepEqual(await startAndCheck(dist), ['code-not-billable']);
    assert.deepEqual(await startAndCheck(dist, FORMAT_EXAMPLE), []);
  });

  it('compiles afresh and writes the cache again for a rebuilt bundle', async () => {
    const { dist, bundle, cache } = installCopy();
    await startAndCheck(dist);
    const before = readFileSync(cache);
    appendFileSync(bundle, '\n// rebuilt\n');
    assert.deepEqual(await startAndCheck(dist), ['code-not-billable']);
    const rewritten = readFileSync(cache);
    assert.notDeepEqual(rewritten.subarray(0, 20), before.subarray(0, 20));
    assert.deepEqual(rewritten.subarray(0, 20), sha1(readFileSync(bundle, 'utf8')));
  });

  it('starts from a damaged cache, and replaces it', async () => {
    const { dist, cache } = installCopy();
    await startAndCheck(dist);
    const whole = readFileSync(cache);
    // One byte of the compiled code changed, then the file cut short.
    const damaged = Buffer.from(whole);
    damaged[damaged.length >> 1] ^= 0xff;
    for (const bad of [damaged, whole.subarray(0, whole.length >> 1)]) {
      writeFileSync(cache, bad);
      assert.deepEqual(await startAndCheck(dist), ['code-not-billable']);
      const replaced = readFileSync(cache);
      assert.ok(replaced.length > 1000);
      assert.deepEqual(replaced.subarray(20, 40), sha1(replaced.subarray(40)), 'a whole cache');
    }
  });

  it('says what is missing when started without its bundle', () => {
    const { dist, bundle } = installCopy();
    rmSync(bundle);
    const run = spawnSync(process.execPath, [join(dist, 'server.js'), '--stdio'], {
      encoding: 'utf8',
      input: '',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /cannot read .*language-server\.js \(ENOENT\).*npm run build/s);
  });

  it('loads the bundle as a module, without a cache, when source maps are asked for', async () => {
    const { dist, cache } = installCopy();
    assert.deepEqual(await startAndCheck(dist, NOT_BILLABLE, ['--enable-source-maps']), [
      'code-not-billable',
    ]);
    assert.equal(existsSync(cache), false, 'no cache is written for a run with source maps');
  });

  it('reads no pipe in the place of its cache', async () => {
    const { dist, cache } = installCopy();
    // A pipe with no writer would block a read forever.
    execFileSync('mkfifo', [cache]);
    assert.deepEqual(await startAndCheck(dist), ['code-not-billable']);
  });

  it('starts where no cache can be written', async () => {
    const { dist, cache } = installCopy();
    // A folder where the file would go: it can be neither read nor replaced.
    mkdirSync(cache);
    assert.deepEqual(await startAndCheck(dist), ['code-not-billable']);
    assert.deepEqual(
      readdirSync(dist).sort(),
      ['language-server.cache', 'language-server.js', 'server.js'],
      'no partial cache is left behind',
    );
  });
});
