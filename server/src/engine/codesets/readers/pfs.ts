import type { FeeScheduleIndicators } from '../types';
import { parseTable, requireColumns } from './csv';

export interface PfsRow {
  code: string;
  /** Empty for the code itself; `26`, `TC` or `53` for a component row. */
  modifier: string;
  indicators: FeeScheduleIndicators;
}

/** Physician fee schedule indicators: one row per code and modifier (CMS RVU file columns). */
export function readPfsIndicatorsCsv(text: string, fileName: string): PfsRow[] {
  const rows = parseTable(text);
  const needed = ['hcpcs', 'mod', 'status_code', 'pctc_ind', 'glob_days', 'mult_proc'];
  requireColumns(rows, [...needed, 'bilat_surg', 'asst_surg', 'co_surg', 'team_surg'], fileName);
  return rows.map((r) => ({
    code: r.hcpcs.toUpperCase(),
    modifier: r.mod.toUpperCase(),
    indicators: {
      status: r.status_code,
      pctc: r.pctc_ind,
      globalDays: r.glob_days,
      multipleProcedure: r.mult_proc,
      bilateral: r.bilat_surg,
      assistant: r.asst_surg,
      coSurgeon: r.co_surg,
      team: r.team_surg,
    },
  }));
}
