/**
 * The custom requests behind the editor commands (issue 5), beside LSP's own.
 * Plain constants and shapes, so the VS Code client can import them without
 * pulling in the server; other editors can send the same requests.
 */
import type { CodeSearchItem } from '../engine/features/code-search';
import type { DateCoverage } from '../engine/features/service-dates';
import type { TemplateInsertion } from '../engine/features/template-insertion';

/** `{ query, limit? }` → `CodeSearchItem[]`: Look Up Code over every code set. */
export const SEARCH_CODES_REQUEST = 'claimCoding/searchCodes';

/**
 * `{ textDocument: { uri }, position }` → `TemplateInsertion`: the note template for
 * the procedure on the cursor's line, as a snippet and where to insert it.
 */
export const DOCUMENTATION_TEMPLATE_REQUEST = 'claimCoding/documentationTemplate';

/** `{ textDocument: { uri } }` → `DateCoverage`: dates of service outside the ICD-10-CM year. */
export const DATE_COVERAGE_REQUEST = 'claimCoding/dateCoverage';

/**
 * `{ folders?: string[] }` (folder URIs; the workspace folders when absent) →
 * `WorkspaceCheckResult`. Checks every `.claim` file under them and publishes
 * diagnostics for closed files too.
 */
export const CHECK_WORKSPACE_REQUEST = 'claimCoding/checkWorkspace';

export interface SearchCodesParams {
  query: string;
  limit?: number;
}

export interface DocumentParams {
  textDocument: { uri: string };
}

export interface DocumentationTemplateParams extends DocumentParams {
  position: { line: number; character: number };
}

export interface CheckWorkspaceParams {
  folders?: string[];
}

export interface WorkspaceCheckResult {
  /** `.claim` files checked. */
  files: number;
  errors: number;
  warnings: number;
  /** Files with at least one error or warning. */
  filesWithProblems: number;
  /** Files left out: too large, or unreadable. */
  skipped: number;
  /** True when the search stopped at the file limit. */
  truncated: boolean;
}

export type { CodeSearchItem, DateCoverage, TemplateInsertion };
