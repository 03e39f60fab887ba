/**
 * The engine's facade: plain values in, plain values out. The LSP server and
 * the checker both go through here; nothing below knows about editors.
 */
import { checkClaimFile } from './check';
import type { ClaimCache } from './claim-cache';
import type { CodeSets } from './codesets/types';
import { codeSetsAtLine } from './icd-years';
import { parsedText } from './markup/incremental';
import { parseClaimFile } from './markup/parse';
import { checkText, claimPlaces, type TextCheck } from './check-text';
import { checkX12File, documentFormat, parseDocument } from './x12/document';
import { parseX12 } from './x12/parse';
import { isX12 } from './x12/separators';
import { x12ToMarkup } from './x12/to-markup';
import { complete, type CompletionResult } from './features/completion';
import { hover, type HoverResult } from './features/hover';
import { claimTotals, type ClaimTotals } from './features/claim-totals';
import { searchCodes, type CodeSearchItem } from './features/code-search';
import { foldingRegions, type FoldingRegion } from './features/folding';
import { formatDocument } from './features/formatting';
import { highlights, type Highlight } from './features/highlights';
import { inlayHints, type CodeHint } from './features/inlay-hints';
import { definition, references, type DefinitionTarget } from './features/navigation';
import * as renaming from './features/rename';
import { selectionRanges } from './features/selection-ranges';
import { serviceDateCoverage, type DateCoverage } from './features/service-dates';
import { documentSymbols, type ClaimSymbol } from './features/symbols';
import { templateForLine, type TemplateInsertion } from './features/template-insertion';
import { splitLines } from './markup/parse';
import { payerProfilesWith } from './edits/payers';
import { type DocumentationTemplate, loadTemplates } from './features/templates';
import type { ClaimFile, Diagnostic, Position, Range, TextEdit } from './model';
import { defaultOptions, type EngineOptions } from './options';

export { ClaimCache } from './claim-cache';
export type { ClaimPlace, TextCheck } from './check-text';
export type { CodeSets } from './codesets/types';
export type * from './model';
export type { EngineOptions } from './options';

/** Lets a caller stop work that is no longer wanted (a newer edit, a closed request). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export interface CheckResult {
  file: ClaimFile;
  diagnostics: Diagnostic[];
}

export class ClaimEngine {
  constructor(
    readonly codeSets: CodeSets,
    public options: EngineOptions = defaultOptions(),
  ) {}

  parse(text: string): ClaimFile {
    return parseClaimFile(text);
  }

  /**
   * Checks a document: the claim markup, or an X12 837P interchange (told apart by
   * its content, ISA first; a `.claim` file name always means the markup).
   */
  check(text: string, fileName?: string, cache?: ClaimCache): CheckResult {
    const { format, file } = parseDocument(text, fileName);
    if (format === 'x12') {
      return { file, diagnostics: checkX12File(file, this.codeSets, this.options) };
    }
    // With a cache (one per open document), only the claims that changed are checked again.
    cache?.keepFor(this.codeSets, this.options);
    const reuse = cache ? { lines: splitLines(text), cache } : undefined;
    return { file, diagnostics: checkClaimFile(file, this.codeSets, this.options, reuse) };
  }

  /**
   * The check a batch review wants: the diagnostics and where each claim stands, with
   * no claim trees kept (see `check-text.ts`). Same diagnostics as `check`.
   */
  checkBatch(text: string, fileName?: string): TextCheck {
    if (documentFormat(text, fileName) === 'claim') {
      return checkText(text, this.codeSets, this.options);
    }
    const file = parseX12(text);
    const diagnostics = checkX12File(file, this.codeSets, this.options);
    return { diagnostics, claims: claimPlaces(file.claims) };
  }

  /** An 837P interchange as claim markup (no names or addresses); undefined for other text. */
  toMarkup(text: string): string | undefined {
    return isX12(text) ? x12ToMarkup(text) : undefined;
  }

  /** Completion at an LSP position: keywords, fields, codes, modifiers, templates. */
  complete(text: string, position: Position, fileName?: string): CompletionResult {
    // Completion writes markup; an 837P interchange is read, not typed.
    if (documentFormat(text, fileName) === 'x12') {
      return { items: [], isIncomplete: false, replaceRange: emptyRange(position) };
    }
    this.templates ??= loadTemplates();
    const payers = payerProfilesWith(this.options.payerProfiles);
    const file = parsedText(text).file;
    // Codes come from the ICD-10-CM year of the claim's date of service.
    const codeSets = codeSetsAtLine(this.codeSets, file, position.line);
    return complete(text, position, file, { codeSets, templates: this.templates, payers });
  }

  /** The reference entry for the code, letter or keyword at an LSP position. */
  hover(text: string, position: Position, fileName?: string): HoverResult | undefined {
    const payers = payerProfilesWith(this.options.payerProfiles);
    // An 837P's codes hover too: its tree points at the elements.
    const file = parseDocument(text, fileName).file;
    const codeSets = codeSetsAtLine(this.codeSets, file, position.line);
    return hover(text, position, file, codeSets, payers);
  }

  // Editor features (issue 5): outline, folding, navigation, formatting, inline help.
  // Each takes the document text and returns plain values; see features/.

  /** The outline: claims with their header, diagnoses, service lines and notes. */
  symbols(text: string): ClaimSymbol[] {
    return documentSymbols(parseClaimFile(text), this.codeSets);
  }

  folding(text: string): FoldingRegion[] {
    return foldingRegions(text, parseClaimFile(text));
  }

  selectionRanges(text: string, position: Position): Range[] {
    return selectionRanges(text, parseClaimFile(text), position);
  }

  /** From a `ptr` letter to its `dx` line. */
  definition(text: string, position: Position): DefinitionTarget | undefined {
    return definition(parseClaimFile(text), position);
  }

  /** The pointers to the diagnosis under the cursor, across its claim. */
  references(text: string, position: Position, includeDeclaration: boolean): Range[] {
    return references(parseClaimFile(text), position, includeDeclaration);
  }

  prepareRename(text: string, position: Position): renaming.PrepareRenameResult {
    return renaming.prepareRename(parseClaimFile(text), position);
  }

  /** Renames a diagnosis letter and every pointer to it. */
  rename(text: string, position: Position, newName: string): renaming.RenameResult {
    return renaming.rename(parseClaimFile(text), position, newName);
  }

  highlights(text: string, position: Position): Highlight[] {
    return highlights(parseClaimFile(text), position);
  }

  /** Edits that align columns and write codes canonically; none when already formatted. */
  format(text: string): TextEdit[] {
    return formatDocument(text, parseClaimFile(text));
  }

  inlayHints(text: string, range?: Range): CodeHint[] {
    return inlayHints(parseClaimFile(text), this.codeSets, range);
  }

  /**
   * Per claim: lines, units, charges and problems; `diagnostics` when the caller has
   * checked the text already (the server keeps them per version), else checked here.
   */
  claimTotals(text: string, diagnostics?: Diagnostic[]): ClaimTotals[] {
    if (diagnostics) return claimTotals(parseClaimFile(text), diagnostics);
    const checked = this.check(text, 'totals.claim');
    return claimTotals(checked.file, checked.diagnostics);
  }

  /** Look Up Code: every code set, by code or words. */
  searchCodes(query: string, limit?: number): CodeSearchItem[] {
    return searchCodes(this.codeSets, query, limit);
  }

  /** The documentation template for the procedure on `line`, placed where it belongs. */
  documentationTemplate(text: string, line: number): TemplateInsertion {
    this.templates ??= loadTemplates();
    return templateForLine(parseClaimFile(text), splitLines(text), line, this.templates);
  }

  /** Whether the file's dates of service fall inside the ICD-10-CM year loaded. */
  dateCoverage(text: string): DateCoverage {
    return serviceDateCoverage(parseClaimFile(text), this.codeSets);
  }

  /** Documentation templates from snippets/, read on first completion. */
  private templates?: DocumentationTemplate[];
}

function emptyRange(position: Position) {
  return { start: position, end: position };
}
