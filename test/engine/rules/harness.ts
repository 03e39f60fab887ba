/**
 * Shared helpers for rule tests: check a claim text with the real compiled
 * code sets (loaded once) and read the result at a glance.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultCodeSets } from '../../../server/src/engine/codesets/load';
import type { CodeSets } from '../../../server/src/engine/codesets/types';
import { ClaimEngine } from '../../../server/src/engine/index';
import type { Diagnostic, Severity } from '../../../server/src/engine/model';
import { defaultOptions, type EngineOptions } from '../../../server/src/engine/options';
import { applyFix } from './apply-fix';
import { formatExample } from '../format-example';

let codeSets: CodeSets | undefined;

/** The real code sets, loaded on first use and shared by every test in the process. */
export function realCodeSets(): CodeSets {
  codeSets ??= defaultCodeSets();
  return codeSets;
}

/** Every diagnostic the engine gives for `text`, after levels and suppressions. */
export function diagnosticsFor(text: string, options?: Partial<EngineOptions>): Diagnostic[] {
  const engine = new ClaimEngine(realCodeSets(), { ...defaultOptions(), ...options });
  return engine.check(text).diagnostics;
}

/**
 * The diagnostics as `rule@line` strings (1-based lines, as an editor shows them),
 * optionally only those of the named rules: `['mue-exceeded@8']`.
 */
export function rulesFired(
  text: string,
  only?: string | string[],
  options?: Partial<EngineOptions>,
): string[] {
  const wanted = only === undefined ? undefined : new Set([only].flat());
  return diagnosticsFor(text, options)
    .filter((d) => !wanted || wanted.has(d.rule))
    .map((d) => `${d.rule}@${d.range.start.line + 1}`);
}

/** The diagnostics of one rule, for message and fix assertions. */
export function diagnosticsOf(
  text: string,
  rule: string,
  options?: Partial<EngineOptions>,
): Diagnostic[] {
  return diagnosticsFor(text, options).filter((d) => d.rule === rule);
}

/**
 * A claim around the given lines: a clean Medicare header (valid NPI, interventional
 * pain medicine, ambulatory surgery center, one date of service). Header lines are 1-7,
 * so the first line of `body` is line 8 of the text.
 */
export function claimWith(body: string | string[], header: Partial<ClaimHeader> = {}): string {
  const h = { ...CLEAN_HEADER, ...header };
  const lines = [
    'claim T-1',
    `  payer medicare`,
    `  patient id P-1 dob ${h.dob} sex F`,
    `  billing npi ${h.npi} taxonomy ${h.taxonomy}`,
    `  pos ${h.pos}`,
    `  dos ${h.dos}`,
    '',
    ...[body].flat(),
  ];
  return lines.join('\n') + '\n';
}

export interface ClaimHeader {
  dob: string;
  npi: string;
  taxonomy: string;
  pos: string;
  dos: string;
}

const CLEAN_HEADER: ClaimHeader = {
  dob: '1964-03-12',
  npi: '1234567893',
  taxonomy: '208VP0014X',
  pos: '24',
  dos: '2026-09-15',
};

/** The FORMAT.md example claim, which must raise no error or warning. */
export const FORMAT_EXAMPLE = formatExample;

/** One row of a rule's table: a claim in, the rule's diagnostics out. */
export interface RuleCase {
  name: string;
  /** Lines after the clean header of `claimWith` (the first is line 8), or a whole text. */
  body?: string | string[];
  header?: Partial<ClaimHeader>;
  text?: string;
  /** Expected `rule@line` for this table's rule, in order; `[]` for a case that stays silent. */
  fires: string[];
  /** Fragments the diagnostics' messages must hold, together. */
  says?: string[];
  severity?: Severity;
  options?: Partial<EngineOptions>;
}

export function caseText(row: RuleCase): string {
  return row.text ?? claimWith(row.body ?? [], row.header);
}

/**
 * One test per row. Where the diagnostics carry quick fixes, every fix is
 * applied to the text and must leave fewer diagnostics of the rule behind.
 */
export function ruleTable(rule: string, rows: RuleCase[]): void {
  for (const row of rows) {
    test(`${rule}: ${row.name}`, () => {
      const text = caseText(row);
      const found = diagnosticsOf(text, rule, row.options);
      assert.deepEqual(
        found.map((d) => `${d.rule}@${d.range.start.line + 1}`),
        row.fires,
        found.map((d) => d.message).join('\n'),
      );
      const messages = found.map((d) => d.message).join('\n');
      for (const fragment of row.says ?? []) assert.ok(messages.includes(fragment), messages);
      if (row.severity) for (const d of found) assert.equal(d.severity, row.severity);

      for (const diagnostic of found) {
        for (const fix of diagnostic.fixes ?? []) {
          const fixed = applyFix(text, fix);
          const left = diagnosticsOf(fixed, rule, row.options);
          assert.ok(left.length < found.length, `${fix.title} left:\n${fixed}`);
        }
      }
    });
  }
}
