import type { Diagnostic } from '../model';

/**
 * The result of a rule that finds nothing on a claim, shared: most claims have
 * nothing wrong, and a new empty array per rule per claim adds up over a file.
 * Frozen, so that code that pushes into a rule's result fails loudly instead of
 * adding findings to every other claim.
 */
export const NOTHING_FOUND: Diagnostic[] = Object.freeze([]) as unknown as Diagnostic[];
