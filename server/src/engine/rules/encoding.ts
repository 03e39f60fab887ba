import type { Rule } from './types';

/**
 * Found before parsing (`markup/encoding.ts`): a file that is not UTF-8 text. A binary
 * file gets this one error and nothing else; bytes that are not UTF-8 get one warning
 * naming the first line that holds them, and the rest of the file is checked as usual.
 */
export const encoding: Rule = {
  name: 'encoding',
  severity: 'error',
  description:
    'The file is not UTF-8 text: binary content (NUL bytes, control characters), or bytes ' +
    'that are not UTF-8.',
  check: () => [],
};
