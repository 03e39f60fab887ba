import type { Rule } from './types';

/**
 * Syntax problems are found while parsing (`markup/parse.ts`), so that a bad line
 * is reported and the next line is still read. This entry gives the rule its name,
 * severity and description; the runner passes the parser's findings through.
 */
export const syntax: Rule = {
  name: 'syntax',
  severity: 'error',
  description:
    'A line does not parse: unknown keyword, missing or malformed field, statement outside ' +
    'a claim, header repeated.',
  check: () => [],
};
