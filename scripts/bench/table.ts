/**
 * The benchmark's output: one row per figure, with its target and whether the
 * run met it, and the peers or the floor it is measured against.
 */

export interface Row {
  section: string;
  measure: string;
  value: string;
  target?: string;
  /** Undefined when the figure has no target. */
  met?: boolean;
  beside?: string;
}

export class Table {
  readonly rows: Row[] = [];

  add(row: Row): void {
    this.rows.push(row);
    // Sections take a while: show each figure as it comes.
    process.stderr.write(`  ${row.section} / ${row.measure}: ${row.value}\n`);
  }

  /** A Markdown table, readable in a terminal and pasteable into docs. */
  markdown(): string {
    const head = ['section', 'measure', 'value', 'target', 'met', 'beside it'];
    const body = this.rows.map((r) => [
      r.section,
      r.measure,
      r.value,
      r.target ?? '',
      r.met === undefined ? '' : r.met ? 'yes' : 'NO',
      r.beside ?? '',
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
  }
}
