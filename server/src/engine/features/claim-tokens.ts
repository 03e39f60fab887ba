/**
 * The tokens of a claim that navigation works on: diagnosis letters, the `ptr`
 * letters that point at them, and codes. Definition, references, rename and
 * highlights all start by asking what stands under the cursor.
 */
import type {
  Claim,
  ClaimFile,
  CodeToken,
  DiagnosisEntry,
  DiagnosisPointer,
  Position,
  Range,
  ServiceLine,
  Token,
} from '../model';

export type ClaimToken =
  | { role: 'dx-letter'; letter: string; token: Token; diagnosis: DiagnosisEntry }
  | { role: 'pointer'; letter: string; token: DiagnosisPointer; serviceLine: ServiceLine }
  | { role: 'code'; token: CodeToken };

/** Every navigable token of the claim, in no particular order. */
export function* claimTokens(claim: Claim): Generator<ClaimToken> {
  for (const diagnosis of claim.diagnoses) {
    yield { role: 'dx-letter', letter: diagnosis.letter.text, token: diagnosis.letter, diagnosis };
    yield { role: 'code', token: diagnosis.code };
  }
  for (const serviceLine of claim.serviceLines) {
    yield { role: 'code', token: serviceLine.code };
    for (const modifier of serviceLine.modifiers) yield { role: 'code', token: modifier };
    for (const pointer of serviceLine.pointers) {
      yield { role: 'pointer', letter: pointer.letter, token: pointer, serviceLine };
    }
    for (const code of [serviceLine.pos, serviceLine.npi])
      if (code) yield { role: 'code', token: code };
  }
  for (const code of [claim.pos, claim.billing?.npi, claim.billing?.taxonomy]) {
    if (code) yield { role: 'code', token: code };
  }
  for (const code of [claim.rendering?.npi, claim.rendering?.taxonomy]) {
    if (code) yield { role: 'code', token: code };
  }
  for (const note of claim.notes)
    for (const code of note.codes) yield { role: 'code', token: code };
}

export function claimAt(file: ClaimFile, line: number): Claim | undefined {
  return file.claims.find(
    (claim) => claim.range.start.line <= line && line <= claim.range.end.line,
  );
}

/**
 * The token under the cursor. A cursor right after a token's last character also
 * counts (the editor's cursor usually sits there), unless another token starts there.
 */
export function tokenAt(
  file: ClaimFile,
  position: Position,
): { claim: Claim; found: ClaimToken } | undefined {
  const claim = claimAt(file, position.line);
  if (!claim) return undefined;
  const tokens = [...claimTokens(claim)];
  const found =
    tokens.find((t) => inside(t.token.range, position, false)) ??
    tokens.find((t) => inside(t.token.range, position, true));
  return found && { claim, found };
}

/** Tokens sit on one line; `touching` also accepts the position just after the end. */
export function inside(range: Range, position: Position, touching: boolean): boolean {
  const { start, end } = range;
  if (position.line !== start.line || position.character < start.character) return false;
  return touching ? position.character <= end.character : position.character < end.character;
}

/** The diagnosis a letter names in this claim. */
export function diagnosisOf(claim: Claim, letter: string): DiagnosisEntry | undefined {
  return claim.diagnoses.find((dx) => dx.letter.text === letter);
}

/** Every `ptr` letter in the claim that names `letter`, in line order. */
export function pointersTo(claim: Claim, letter: string): DiagnosisPointer[] {
  return claim.serviceLines.flatMap((line) => line.pointers.filter((p) => p.letter === letter));
}
