/**
 * Maps the loops of one 837P transaction (005010X222A1) onto claims: the billing
 * provider (2000A/2010AA), subscriber and payer (2000B/2010BA/2010BB), patient
 * (2000C/2010CA), then each claim (2300) with its rendering provider (2310B) and
 * service lines (2400, 2420A). Names, addresses and member ids are never read.
 */
import type { Claim, CodeToken, Patient, Provider, ServiceLine, Token } from '../model';
import {
  readDemographics,
  readDiagnoses,
  readProvider,
  readServiceDate,
  readServiceLine,
  readTaxonomy,
  spanSegments,
} from './claim-parts';
import { element, type X12Context, value } from './context';
import { payerProfile } from './payer';
import type { X12SegmentAt } from './segments';

/** What the hierarchical loops above a claim say about it. */
interface Parties {
  billing?: Provider;
  billingTaxonomy?: CodeToken;
  subscriber?: Patient;
  patient?: Patient;
  payer?: Token;
  /** SBR09, the claim filing indicator (MB Medicare Part B, MC Medicaid...). */
  filingIndicator?: string;
}

interface OpenClaim {
  claim: Claim;
  first: X12SegmentAt;
  last: X12SegmentAt;
  line?: ServiceLine;
  /** The entity of the last NM1 in the claim, so a PRV knows whose taxonomy it is. */
  entity?: string;
}

export function readClaims(context: X12Context, body: readonly X12SegmentAt[]): Claim[] {
  const claims: Claim[] = [];
  const parties: Parties = {};
  /** The entity of the last NM1 above the claim, so a DMG knows whose it is. */
  let entity: string | undefined;
  let open: OpenClaim | undefined;

  const close = () => {
    if (open) open.claim.range = spanSegments(open.first, open.last);
    open = undefined;
  };

  for (const segment of body) {
    // HL and CLM close the claim before them; every other segment extends it.
    if (open && segment.tag !== 'HL' && segment.tag !== 'CLM') open.last = segment;
    switch (segment.tag) {
      case 'HL': {
        close();
        entity = undefined;
        const level = value(segment, 3);
        if (level === '20') {
          parties.billing = undefined;
          parties.billingTaxonomy = undefined;
        }
        if (level === '20' || level === '22') {
          parties.subscriber = undefined;
          parties.payer = undefined;
          parties.filingIndicator = undefined;
        }
        parties.patient = undefined;
        break;
      }
      case 'SBR':
        parties.filingIndicator = value(segment, 9) || undefined;
        break;
      case 'NM1':
        if (open) readClaimParty(context, segment, open);
        else entity = readLoopParty(context, segment, parties);
        break;
      case 'PRV':
        if (open) {
          readClaimTaxonomy(context, segment, open);
        } else if (value(segment, 1) === 'BI') {
          parties.billingTaxonomy = readTaxonomy(context, segment);
        }
        break;
      case 'DMG':
        if (open) break;
        if (entity === 'IL') parties.subscriber = readDemographics(context, segment);
        if (entity === 'QC') parties.patient = readDemographics(context, segment);
        break;
      case 'CLM':
        close();
        open = openClaim(context, segment, parties);
        if (open) claims.push(open.claim);
        break;
      case 'HI':
        if (open) {
          const { diagnoses } = open.claim;
          diagnoses.push(...readDiagnoses(context, segment, diagnoses.length));
        }
        break;
      case 'LX':
        if (open) open.line = undefined;
        break;
      case 'SV1': {
        if (!open) {
          context.report(
            segment.tagRange,
            'SV1 comes before any CLM: a service line belongs to a claim.',
          );
          break;
        }
        const line = readServiceLine(context, segment);
        open.line = line;
        open.entity = undefined;
        if (line) open.claim.serviceLines.push(line);
        break;
      }
      case 'DTP':
        if (open?.line && value(segment, 1) === '472') {
          open.line.dos = readServiceDate(context, segment);
        }
        break;
    }
  }
  close();
  return claims;
}

/** NM1 in the hierarchical loops: billing provider, payer, subscriber, patient. */
function readLoopParty(context: X12Context, segment: X12SegmentAt, parties: Parties): string {
  const entity = value(segment, 1);
  if (entity === '85') {
    parties.billing = readProvider(context, segment);
  } else if (entity === 'PR') {
    const name = element(segment, 3);
    if (name) {
      const profile = payerProfile(name.value, parties.filingIndicator);
      parties.payer = { text: profile, range: name.range };
    }
  }
  return entity;
}

/** NM1 inside a claim: the rendering provider, for the claim (2310B) or a line (2420A). */
function readClaimParty(context: X12Context, segment: X12SegmentAt, open: OpenClaim): void {
  open.entity = value(segment, 1);
  if (open.entity !== '82') return;
  const provider = readProvider(context, segment);
  if (open.line) open.line.npi = provider.npi;
  else open.claim.rendering = provider;
}

function readClaimTaxonomy(context: X12Context, segment: X12SegmentAt, open: OpenClaim): void {
  if (open.entity !== '82') return;
  // A line's own rendering taxonomy (2420A PRV) has no place in the claim model.
  if (open.line) return;
  const taxonomy = readTaxonomy(context, segment);
  if (open.claim.rendering && taxonomy) open.claim.rendering.taxonomy = taxonomy;
}

/** `CLM*ID*TOTAL***POS:B:FREQ*...`: the claim id and its place of service. */
function openClaim(
  context: X12Context,
  segment: X12SegmentAt,
  parties: Parties,
): OpenClaim | undefined {
  const id = element(segment, 1);
  if (!id) {
    context.report(segment.tagRange, 'CLM needs CLM01, the claim id (patient control number).');
    return undefined;
  }
  const claim: Claim = {
    keyword: { text: segment.tag, range: segment.tagRange },
    id: context.token(id),
    diagnoses: [],
    serviceLines: [],
    notes: [],
    range: segment.range,
  };

  const facility = element(segment, 5);
  if (facility) {
    const [place] = context.components(facility);
    if (place.text !== '') claim.pos = context.code(place, 'pos');
  } else {
    context.report(segment.tagRange, 'CLM needs CLM05, the place of service (e.g. 24:B:1).');
  }

  if (parties.billing) {
    claim.billing = { ...parties.billing, taxonomy: parties.billingTaxonomy };
  }
  // The patient is the subscriber unless a patient loop (2000C) says otherwise.
  const patient = parties.patient ?? parties.subscriber;
  if (patient) claim.patient = patient;
  if (parties.payer) claim.payer = parties.payer;
  return { claim, first: segment, last: segment };
}
