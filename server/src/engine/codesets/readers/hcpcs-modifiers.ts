import type { Modifier } from '../types';
import { parseTable, requireColumns } from './csv';

/**
 * HCPCS Level II modifiers, tab separated: modifier, short_description,
 * long_description, add_date, action_eff_date, term_date (dates YYYYMMDD).
 */
export function readHcpcsModifiersTsv(text: string, fileName: string): Modifier[] {
  const rows = parseTable(text, '\t');
  requireColumns(rows, ['modifier', 'long_description'], fileName);
  return rows
    .filter((r) => r.modifier !== '')
    .map((r) => {
      const modifier: Modifier = {
        code: r.modifier.toUpperCase(),
        source: 'hcpcs',
        description: r.long_description || r.short_description || '',
      };
      // `action_eff_date` is when the latest action (often the termination) took effect.
      const effective = isoDate(r.add_date || r.action_eff_date);
      const terminated = isoDate(r.term_date);
      if (effective) modifier.effective = effective;
      if (terminated) modifier.terminated = terminated;
      return modifier;
    });
}

/** `20240101` or `2024-01-01` → `2024-01-01`; anything else → undefined. */
export function isoDate(value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (/^\d{8}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return undefined;
}

/** A plain list of codes, one a line (the CPT modifier codes); `#` starts a comment. */
export function readCodeList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim().toUpperCase())
    .filter((line) => line !== '');
}
