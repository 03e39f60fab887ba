/**
 * `--to-markup`: prints each 837P input as claim markup, so a coder can work on
 * a claim and check it again. Reads only; nothing is written beside the inputs.
 */
import { isX12 } from '../engine/x12/separators';
import { x12ToMarkup } from '../engine/x12/to-markup';
import type { ClaimInput } from './inputs';

export interface Converted {
  /** The markup of every input that is an 837P, one after another. */
  output: string;
  /** One sentence per input that is not an 837P. */
  problems: string[];
}

export function convertInputs(inputs: readonly ClaimInput[]): Converted {
  const parts: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    if (!isX12(input.text)) {
      problems.push(`${input.path} is not an X12 837P interchange (it must open with ISA)`);
      continue;
    }
    // With several inputs, say where each claim came from.
    const from = inputs.length > 1 ? `# From ${input.path}\n` : '';
    parts.push(from + x12ToMarkup(input.text));
  }
  return { output: parts.join('\n'), problems };
}
