/**
 * The claim tree the parser returns: plain values, positions in LSP terms
 * (zero-based lines, UTF-16 code units), no editor types.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A word of the source with where it stands. `text` is as written. */
export interface Token {
  text: string;
  range: Range;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A text edit in plain terms, for quick fixes and formatting. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix a coder would pick first. */
  preferred?: boolean;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes?: Fix[];
}

/** The kinds of code the markup holds, for shape checks, hover and completion. */
export type CodeKind = 'icd10cm' | 'procedure' | 'modifier' | 'taxonomy' | 'pos' | 'npi';

/** A code as written and in canonical form (upper case, ICD-10-CM with its dot). */
export interface CodeToken extends Token {
  kind: CodeKind;
  /** Canonical form; for ICD-10-CM `G58.0`, for a procedure `64620`. */
  code: string;
}

/** An ISO date as written; `value` is undefined when it is no real date. */
export interface DateToken extends Token {
  value?: string;
}

export interface DateSpan {
  from: DateToken;
  to?: DateToken;
}

export interface Provider {
  keyword: Token;
  npi?: CodeToken;
  taxonomy?: CodeToken;
  range: Range;
}

export interface Patient {
  keyword: Token;
  id?: Token;
  dob?: DateToken;
  sex?: Token;
  range: Range;
}

export interface DiagnosisEntry {
  /** The `dx` keyword. */
  keyword: Token;
  /** Upper-case letter `A`-`L` with its range as written. */
  letter: Token;
  code: CodeToken;
  range: Range;
}

/** A `ptr` letter with where it stands. */
export interface DiagnosisPointer extends Token {
  letter: string;
}

export interface ServiceLine {
  keyword: Token;
  code: CodeToken;
  modifiers: CodeToken[];
  /** The `ptr` field: its keyword token and the letters it names. */
  pointerField?: Token;
  pointers: DiagnosisPointer[];
  /** Units as written; `units` is the value (1 when absent). */
  unitsToken?: Token;
  units: number;
  chargeToken?: Token;
  /** Charge in cents, when it parsed. */
  chargeCents?: number;
  dos?: DateSpan;
  pos?: CodeToken;
  npi?: CodeToken;
  range: Range;
}

/** A `Label: text` line of a note body. */
export interface DocumentationElement {
  /** Lower-case label, e.g. `levels`. */
  label: string;
  labelToken: Token;
  /** The text after the colon, with any continuation lines joined by a space. */
  value: string;
  valueRange: Range;
  range: Range;
}

export interface Note {
  keyword: Token;
  title?: Token;
  /** The body lines as written (without their line ends), with their line numbers. */
  lines: { line: number; text: string }[];
  elements: DocumentationElement[];
  /** Codes recognised in the body, for hover. */
  codes: CodeToken[];
  /** The whole note, keyword line to last body line. */
  range: Range;
}

export interface Claim {
  keyword: Token;
  id: Token;
  payer?: Token;
  patient?: Patient;
  billing?: Provider;
  rendering?: Provider;
  pos?: CodeToken;
  dos?: DateSpan;
  diagnoses: DiagnosisEntry[];
  serviceLines: ServiceLine[];
  notes: Note[];
  /** Header statements in order, for outline and folding. */
  range: Range;
}

/** A `# claim-check: ignore RULE` comment: it silences RULE on its line and the next. */
export interface Suppression {
  line: number;
  rules: string[];
}

export interface ClaimFile {
  claims: Claim[];
  /** `syntax` and `code-format` diagnostics found while parsing. */
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
  /** Number of lines in the text. */
  lineCount: number;
}
