/**
 * The engine in process on a 10,000-claim file: a full check beside the time
 * to merely split the text into lines (the floor), then what an editor asks
 * for all day: a check after a one-character edit, hover and completion.
 */
import type { CodeSets } from '../../server/src/engine/codesets/types';
import { ClaimEngine } from '../../server/src/engine/index';
import { forgetParses } from '../../server/src/engine/markup/incremental';
import { rememberLines, splitLines } from '../../server/src/engine/markup/parse';
import { Random } from '../gen-claims';
import { median, ms, percentile, timed } from './stats';
import type { Table } from './table';

/** Runs before the timed ones, not counted: they load lazy data and let the JIT compile. */
const WARM_UP = 2;

export function benchInProcess(table: Table, codeSets: CodeSets, text: string, claims: number) {
  // Each timed check follows a timed split of the same text, so that the two see the
  // same machine: on shared cores both drift by a fifth from minute to minute. The
  // first runs warm up: they load the lazy parts of the code sets (notes, MCE lists)
  // and let the JIT compile; they are printed, not counted.
  const floor: number[] = [];
  const warmUp: number[] = [];
  const full: number[] = [];
  const ratios: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i < WARM_UP + 9; i++) {
    rememberLines('', []); // split for real, not from the last split kept
    const split = timed(() => splitLines(text)).ms;
    rememberLines('', []);
    // The checker's batch check, with a new engine and new options each time:
    // nothing found before is reused. Each claim's tree goes once it is checked.
    const engine = new ClaimEngine(codeSets);
    const run = timed(() => engine.checkBatch(text, 'bench.claim'));
    if (i >= WARM_UP) {
      floor.push(split);
      ratios.push(run.ms / split);
    }
    (i < WARM_UP ? warmUp : full).push(run.ms);
    diagnostics = run.value.diagnostics.length;
  }
  const split = median(floor);
  const check = median(full);
  // Judged pair by pair: the machine can change speed between two pairs, and the
  // median check and the median split may then come from different moments.
  const ratio = median(ratios);
  table.add({
    section: 'full check',
    measure: `${claims} claims (${(text.length / 1e6).toFixed(1)} MB), in process`,
    value: `${ms(check)} (x${ratio.toFixed(1)} its split)`,
    target: '< 10x split',
    met: ratio < 10,
    beside:
      `split into lines ${ms(split)}; median of the ratios of the ${ratios.length} pairs ` +
      `(each check timed right after a split), which were ` +
      `${ratios.map((r) => r.toFixed(1)).join(', ')}; the ratio of the medians is ` +
      `x${(check / split).toFixed(1)}; ` +
      `${Math.round(claims / (check / 1000))} claims/s; ${diagnostics} diagnostics; ` +
      `median of ${full.length} runs: ${full.map((run) => Math.round(run)).join(', ')} ms, ` +
      `after ${WARM_UP} to warm up: ${warmUp.map((run) => Math.round(run)).join(', ')} ms`,
  });

  // An editor's first check keeps every claim's tree for the keystrokes to come.
  const kept: number[] = [];
  for (let i = 0; i < 3; i++) {
    forgetParses();
    rememberLines('', []);
    const engine = new ClaimEngine(codeSets);
    kept.push(timed(() => engine.check(text, 'bench.claim')).ms);
  }
  table.add({
    section: 'full check',
    measure: 'the same, keeping every claim tree (an editor opening the file)',
    value: ms(median(kept)),
    beside: `x${(median(kept) / split).toFixed(1)} the split; the trees then serve each edit`,
  });

  const engine = new ClaimEngine(codeSets);
  engine.check(text, 'bench.claim');
  let current = text;
  // Each edit applied in turn to the text the last one left, its check timed.
  const timeChecks = (edits: ((t: string) => string)[]) =>
    edits.map((edit) => {
      current = edit(current);
      return timed(() => engine.check(current, 'bench.claim')).ms;
    });
  const recheck = timeChecks(editsOf(text, 40));
  table.add({
    section: 'full check',
    measure: 'check again after a one-character edit, in process',
    value: `p50 ${ms(median(recheck))}, p99 ${ms(percentile(recheck, 99))}`,
    beside: 'only the claims around the edit are parsed and checked again',
  });

  const moved = timeChecks(newlinesOf(current, 40));
  table.add({
    section: 'full check',
    measure: 'check again after Enter (a line added or taken out), in process',
    value: `p50 ${ms(median(moved))}, p99 ${ms(percentile(moved, 99))}`,
    beside: 'the claims below keep their trees and results, moved a line',
  });

  const positions = positionsOf(current, 200);
  const hovers = positions.codes.map((p) => timed(() => engine.hover(current, p)).ms);
  const completions = positions.codes.map((p) => timed(() => engine.complete(current, p)).ms);
  table.add({
    section: 'full check',
    measure: 'hover / completion on the same file, in process',
    value: `p99 ${ms(percentile(hovers, 99))} / ${ms(percentile(completions, 99))}`,
  });
}

/**
 * Enter key presses at seeded places, each taken back by the next edit: a line end
 * added before a `dx` line moves every claim below it one line down.
 */
export function newlinesOf(text: string, count: number): ((t: string) => string)[] {
  const random = new Random(13);
  const edits: ((t: string) => string)[] = [];
  for (let i = 0; i < count; i += 2) {
    const at = random.int(0, text.length - 1);
    let where = -1;
    edits.push((t) => {
      const found = t.indexOf('\n  dx ', Math.min(at, t.length - 20));
      where = (found < 0 ? t.indexOf('\n  dx ') : found) + 1;
      return `${t.slice(0, where)}\n${t.slice(where)}`;
    });
    edits.push((t) => t.slice(0, where) + t.slice(where + 1));
  }
  return edits;
}

/** One-character edits at seeded places in claim lines: a digit of a code changed. */
export function editsOf(text: string, count: number): ((t: string) => string)[] {
  const random = new Random(11);
  const edits: ((t: string) => string)[] = [];
  for (let i = 0; i < count; i++) {
    const at = random.int(0, text.length - 1);
    edits.push((t) => {
      const i = t.indexOf('  dx ', Math.min(at, t.length - 20));
      const where = i < 0 ? t.indexOf('  dx ') : i;
      const column = where + 9; // the second character of the code after `  dx A  `
      const old = t[column];
      const next = old === '5' ? '6' : '5';
      return t.slice(0, column) + next + t.slice(column + 1);
    });
  }
  return edits;
}

/** Positions on codes of `dx` and `svc` lines, spread over the file. */
export function positionsOf(text: string, count: number) {
  const lines = text.split('\n');
  const random = new Random(5);
  const codes: { line: number; character: number }[] = [];
  while (codes.length < count) {
    const line = random.int(0, lines.length - 1);
    const l = lines[line];
    if (l.startsWith('  dx ')) codes.push({ line, character: 10 });
    else if (l.startsWith('  svc ')) codes.push({ line, character: 8 });
  }
  return { codes };
}
