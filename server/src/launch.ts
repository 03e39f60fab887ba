/**
 * `dist/server.js`: starts the language server (`dist/language-server.js`) with
 * V8's code cache. Compiling the server's megabyte of JavaScript is a fifth of
 * its start, and Node 20 has no compile cache of its own: the first start keeps
 * the compiled code in `dist/language-server.cache`, and later starts read it
 * back instead of compiling again.
 *
 * V8 tells caches apart by the source's length only, so the file opens with a
 * digest of the bundle it was made from: a rebuilt bundle is compiled afresh and
 * its cache written again. V8 does not check the compiled code itself in a
 * release build, so a digest of that follows: a damaged file is never run. The
 * digests guard against damage, not against someone who rewrites the file on
 * purpose; whoever can write it can write the bundle beside it too. A cache that
 * cannot be read or written (a read-only install) only costs the compile. A run
 * with other V8 flags (`--nolazy` when debugging) has its cache refused by V8 and
 * writes its own, which the next plain run refuses in turn.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'language-server.js');
const CACHE = join(__dirname, 'language-server.cache');

/** Far above the 0.8 MB a cache takes: a larger file is not one of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** Bytes of each digest (SHA-1) at the start of the cache file. */
const DIGEST_LENGTH = 20;

/**
 * By then the server has answered `initialize` and checked what was open, so the
 * cache holds the functions a start runs, not only the top level.
 */
const WRITE_AFTER_MS = 3000;

type ModuleWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

function launch(): void {
  // Source maps are read only for modules Node loads itself: a run that asks for them
  // (someone debugging) loads the bundle as a module, without the cache.
  if (sourceMapsWanted()) {
    require(BUNDLE);
    return;
  }
  const source = bundleSource();
  const digest = sha1(source);
  const cachedData = cachedCodeFor(digest);
  // The wrapper Node gives a CommonJS module, so the bundle runs as if required.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: BUNDLE, cachedData },
  );
  const run = script.runInThisContext() as ModuleWrapper;
  if (!cachedData || script.cachedDataRejected) keepCompiledCode(script, digest);
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
}

function bundleSource(): string {
  try {
    return readFileSync(BUNDLE, 'utf8');
  } catch (error) {
    // Started from a copy of this one file: say what is missing, not only ENOENT.
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    process.stderr.write(
      `Claim Coding: cannot read ${BUNDLE} (${code}). dist/server.js runs the server ` +
        'from dist/language-server.js beside it: start it from a clone after `npm run ' +
        'build`, or from the unpacked .vsix.\n',
    );
    process.exit(1);
  }
}

function sourceMapsWanted(): boolean {
  const flag = '--enable-source-maps';
  return process.execArgv.includes(flag) || (process.env.NODE_OPTIONS ?? '').includes(flag);
}

function cachedCodeFor(digest: Buffer): Buffer | undefined {
  try {
    // Only a file: a pipe or a device put in its place would block the start or never end.
    const found = statSync(CACHE);
    if (!found.isFile() || found.size > MAX_CACHE_BYTES) return undefined;
    const file = readFileSync(CACHE);
    const code = file.subarray(2 * DIGEST_LENGTH);
    const sameBundle = digest.equals(file.subarray(0, DIGEST_LENGTH));
    const whole = sameBundle && sha1(code).equals(file.subarray(DIGEST_LENGTH, 2 * DIGEST_LENGTH));
    return whole ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache once, a while after the start or at exit, whichever comes first. */
function keepCompiledCode(script: Script, digest: Buffer): void {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // Written beside, then renamed: two servers starting at once never read half a file.
    const partial = `${CACHE}.${process.pid}`;
    try {
      const code = script.createCachedData();
      writeFileSync(partial, Buffer.concat([digest, sha1(code), code]));
      renameSync(partial, CACHE);
    } catch {
      // A read-only install: every start compiles, as it would without a cache.
      try {
        rmSync(partial, { force: true });
      } catch {
        // Nothing was written, or nothing can be removed: either way nothing to do.
      }
    }
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  process.once('exit', write);
}

function sha1(data: string | Buffer): Buffer {
  return createHash('sha1').update(data).digest();
}

launch();
