/**
 * What the .vsix would hold (`vsce ls`, the list `npm run package` packs): the
 * extension's own files, and nothing this machine wrote: data/cache/ and the
 * server's compiled-code cache.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('the packaged extension', () => {
  it('holds the server, the data and the grammar, and no local cache', () => {
    // A cache file is written first, so that the list proves it would be left out.
    const cache = join('data', 'cache', 'package-test');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'left-out.raw'), 'local');
    const codeCache = join('dist', 'language-server.cache');
    const hadCodeCache = existsSync(codeCache);
    if (!hadCodeCache) writeFileSync(codeCache, 'local');
    try {
      const vsce = join('node_modules', '.bin', 'vsce');
      const files = execFileSync(vsce, ['ls', '--no-dependencies'], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
      const wanted = [
        'dist/server.js',
        'dist/language-server.js',
        'data/manifest.json',
        'data/icd10cm-2026.br',
      ];
      for (const file of wanted) assert.ok(files.includes(file), `${file} is packaged`);
      assert.ok(files.includes('syntaxes/claim.tmLanguage.json'));
      assert.deepEqual(
        files.filter((file) => file.startsWith('data/cache/')),
        [],
        'nothing from data/cache/ is packaged',
      );
      assert.deepEqual(
        files.filter((file) => file.endsWith('.cache')),
        [],
        "the server's compiled-code cache is written on the user's machine, not packaged",
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
      if (!hadCodeCache) rmSync(codeCache, { force: true });
    }
  });
});
