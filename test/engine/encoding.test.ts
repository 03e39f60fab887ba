/**
 * The `encoding` rule: a binary file gets one error and nothing else; bytes that
 * were not UTF-8 (decoded as U+FFFD) get one warning naming their line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { formatExample } from './format-example';

const engine = new ClaimEngine(defaultCodeSets());

/** `rule@line` (1-based) for every diagnostic, for tables read at a glance. */
function found(text: string, options = engine.options): string[] {
  const own = new ClaimEngine(engine.codeSets, options);
  return own.check(text).diagnostics.map((d) => `${d.rule}@${d.range.start.line + 1}`);
}

/** Bytes as an editor or the checker decodes them: UTF-8, undecodable bytes as U+FFFD. */
function decoded(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** The FORMAT.md example saved as Windows-1252: the note's "é" is one byte, 0xE9. */
function latin1Example(): string {
  const text = formatExample.replace('right lobectomy', 'right lobectomy (café)');
  return decoded(Buffer.from(text, 'latin1'));
}

describe('encoding: binary files', () => {
  it('gives a UTF-16 export one error, not a syntax error per line', () => {
    const bom = Buffer.from([0xff, 0xfe]);
    const utf16 = Buffer.concat([bom, Buffer.from(formatExample, 'utf16le')]);
    const diagnostics = engine.check(decoded(utf16)).diagnostics;
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].rule, 'encoding');
    assert.equal(diagnostics[0].severity, 'error');
    assert.match(diagnostics[0].message, /NUL bytes.*binary.*UTF-8/);
  });

  it('gives an image one error', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00,
    ]);
    assert.deepEqual(found(decoded(png)), ['encoding@2']);
  });

  it('counts control characters without NUL bytes', () => {
    const controls = 'claim C-1\n' + '\u0001\u0002\u0003\u0004 dx A\n'.repeat(20);
    assert.deepEqual(found(controls), ['encoding@2']);
  });

  it('leaves a claim with one stray control character to the other rules', () => {
    const text = formatExample.replace('Levels: T5, T6', 'Levels: T5, T6\u0007');
    assert.deepEqual(found(text), []);
  });

  it('says nothing about tabs, CRLF, emoji or a BOM', () => {
    const text = `\uFEFF${formatExample.replace(/\n/g, '\r\n').replace(/ {2}dx/g, '\tdx')}`;
    assert.deepEqual(
      found(text.replace('Pain: pre 8/10', 'Pain: pre 8/10 \u{1F62C}')),
      [],
    );
  });

  it('is one message however many lines would not parse', () => {
    const nul = `claim C-1\n\u0000\u0000\n${'garbage line\n'.repeat(50)}`;
    assert.deepEqual(found(nul), ['encoding@2']);
  });
});

describe('encoding: bytes that are not UTF-8', () => {
  it('names the line once and checks the rest as usual', () => {
    const diagnostics = engine.check(latin1Example()).diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => `${d.rule}@${d.range.start.line + 1}:${d.severity}`),
      ['encoding@15:warning'],
    );
    assert.match(diagnostics[0].message, /^Line 15 holds bytes that are not UTF-8/);
    const line15 = latin1Example().split('\n')[14];
    assert.equal(diagnostics[0].range.start.character, line15.indexOf('\uFFFD'));
  });

  it('counts the other lines that hold such bytes', () => {
    const text = decoded(Buffer.from(`claim C-1\n  dx A G58.0 # é\n# à\n# ö\n`, 'latin1'));
    const [diagnostic] = engine.check(text).diagnostics.filter((d) => d.rule === 'encoding');
    assert.equal(diagnostic.range.start.line, 1);
    assert.match(diagnostic.message, /\(and on 2 more lines\)/);
  });

  it('is silent for clean UTF-8 with accents', () => {
    const text = formatExample.replace('right lobectomy', 'right lobectomy (café, naïve)');
    assert.deepEqual(found(text), []);
  });

  it('can be turned off like any rule', () => {
    assert.deepEqual(found(latin1Example(), { ruleLevels: { encoding: 'off' } }), []);
  });
});
