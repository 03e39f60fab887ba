import type { Taxonomy } from '../types';
import { parseTable, requireColumns } from './csv';

/** NUCC version from a file name such as `nucc_taxonomy_251.csv` or `nucc-taxonomy-25.1.csv`. */
export function nuccVersionFromFileName(fileName: string): string | undefined {
  const match = /taxonomy[-_](\d{2})\.?(\d)/i.exec(fileName);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** The NUCC provider taxonomy CSV (Code, Grouping, Classification, Specialization, ...). */
export function readNuccTaxonomyCsv(text: string, fileName: string): Taxonomy[] {
  const rows = parseTable(text);
  requireColumns(rows, ['code', 'grouping', 'classification', 'specialization'], fileName);
  return rows
    .filter((r) => r.code !== '')
    .map((r) => ({
      code: r.code.toUpperCase(),
      grouping: r.grouping,
      classification: r.classification,
      specialization: r.specialization,
      definition: r.definition ?? '',
      displayName: r.display_name ?? '',
    }));
}
