import type { PlaceOfService } from '../types';
import { parseTable, requireColumns } from './csv';

/** CMS place of service list: pos_code, pos_type, pos_name, pos_description. */
export function readPlaceOfServiceCsv(text: string, fileName: string): PlaceOfService[] {
  const rows = parseTable(text);
  requireColumns(rows, ['pos_code', 'pos_name'], fileName);
  return rows.map((r) => ({
    code: r.pos_code.padStart(2, '0'),
    name: r.pos_name,
    facility: r.pos_type ?? '',
    description: r.pos_description ?? '',
  }));
}
