/**
 * The envelope of an interchange: ISA/IEA around GS/GE groups around ST/SE
 * transaction sets. Each problem becomes a `syntax` diagnostic that names the
 * segment, and reading goes on, so the claims of a damaged file are still checked.
 */
import { element, type X12Context, value } from './context';
import type { X12SegmentAt } from './segments';

const TAG = /^[A-Z][A-Z0-9]{1,2}$/;
/** The implementation guide this reader follows: the 837 professional claim. */
const PROFESSIONAL = '005010X222A1';
const OTHER_GUIDES: Record<string, string> = {
  '005010X223A2': 'an institutional claim (837I)',
  '005010X223A3': 'an institutional claim (837I)',
  '005010X224A2': 'a dental claim (837D)',
  '005010X224A3': 'a dental claim (837D)',
};

interface Transaction {
  st: X12SegmentAt;
  body: X12SegmentAt[];
  /** False for a transaction set we do not read (not an 837P). */
  read: boolean;
}

/** The bodies (between ST and SE) of the 837P transaction sets, in order. */
export function readEnvelope(
  context: X12Context,
  segments: readonly X12SegmentAt[],
): X12SegmentAt[][] {
  const bodies: X12SegmentAt[][] = [];
  let inGroup = false;
  let inInterchange = false;
  let transaction: Transaction | undefined;

  const at = (segment: X12SegmentAt, message: string) => context.report(segment.tagRange, message);
  /** Ends the open transaction set; `next` is the segment that ended it without an SE. */
  const closeTransaction = (next?: X12SegmentAt) => {
    if (!transaction) return;
    if (next) at(transaction.st, `${describe(transaction.st)} has no SE before ${next.tag}.`);
    if (transaction.read) bodies.push(transaction.body);
    transaction = undefined;
  };

  for (const segment of segments) {
    if (!TAG.test(segment.tag)) {
      at(segment, `\`${segment.tag.slice(0, 20)}\` is not a segment tag.`);
      // Still a segment: SE01 counts it.
      transaction?.body.push(segment);
      continue;
    }
    switch (segment.tag) {
      case 'ISA':
        if (segment.elements.length !== 16) {
          at(segment, `ISA has ${segment.elements.length} elements, not 16.`);
        }
        inInterchange = true;
        break;
      case 'IEA':
        closeTransaction(segment);
        if (!inInterchange) at(segment, 'IEA closes no interchange: no ISA before it.');
        inInterchange = false;
        inGroup = false;
        break;
      case 'GS':
        if (inGroup) at(segment, 'GS opens a group while the one before has no GE.');
        inGroup = true;
        break;
      case 'GE':
        closeTransaction(segment);
        if (!inGroup) at(segment, 'GE closes no group: no GS before it.');
        inGroup = false;
        break;
      case 'ST':
        closeTransaction(segment);
        if (!inGroup) at(segment, 'ST comes before any GS: a transaction set belongs to a group.');
        transaction = { st: segment, body: [], read: readable(context, segment) };
        break;
      case 'SE':
        if (!transaction) {
          at(segment, 'SE closes no transaction set: no ST before it.');
          break;
        }
        checkTrailer(context, transaction, segment);
        closeTransaction();
        break;
      default:
        if (transaction) transaction.body.push(segment);
        else at(segment, `${segment.tag} stands outside a transaction set (ST to SE).`);
    }
  }

  if (transaction)
    at(transaction.st, `${describe(transaction.st)} has no SE at the end of the file.`);
  closeTransaction();
  const last = segments[segments.length - 1];
  if (inInterchange && last) at(last, 'The interchange ends without IEA.');
  return bodies;
}

/** Whether an ST opens an 837P we read; says why not when it does not. */
function readable(context: X12Context, st: X12SegmentAt): boolean {
  const kind = value(st, 1);
  if (kind !== '837') {
    context.report(
      st.elements[0]?.range ?? st.tagRange,
      `ST01 is ${kind || 'empty'}: only 837 claims are read, so this transaction set is skipped.`,
      'warning',
    );
    return false;
  }
  const guide = element(st, 3);
  if (guide && OTHER_GUIDES[guide.value]) {
    context.report(
      guide.range,
      `ST03 ${guide.value} is ${OTHER_GUIDES[guide.value]}: only professional claims ` +
        `(${PROFESSIONAL}) are read, so this transaction set is skipped.`,
      'warning',
    );
    return false;
  }
  if (guide && guide.value !== PROFESSIONAL) {
    context.report(
      guide.range,
      `ST03 is ${guide.value}: this reader follows ${PROFESSIONAL}, the 837 professional claim.`,
      'warning',
    );
  }
  return true;
}

function checkTrailer(context: X12Context, transaction: Transaction, se: X12SegmentAt): void {
  const count = element(se, 1);
  const expected = transaction.body.length + 2;
  if (!count || Number(count.value) !== expected) {
    context.report(
      count?.range ?? se.tagRange,
      `SE01 is ${count?.value || 'empty'}, but the transaction set holds ${expected} segments ` +
        '(ST to SE): a segment may be missing or left over.',
    );
  }
  const control = value(se, 2);
  if (control !== value(transaction.st, 2)) {
    context.report(
      se.elements[1]?.range ?? se.tagRange,
      `SE02 ${control || '(empty)'} does not match ST02 ${value(transaction.st, 2) || '(empty)'}.`,
    );
  }
}

/** `ST*837*0001`, as a coder finds it in the file. */
function describe(st: X12SegmentAt): string {
  return `${st.tag}*${value(st, 1)}*${value(st, 2)}`;
}
