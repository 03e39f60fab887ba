/**
 * Markdown for each kind of code, shared by hover and by completion's item
 * documentation. The words themselves live in hover-text.ts.
 */
import { isValidNpi, npiCheckDigit } from '../codes/npi';
import type { PayerProfile } from '../edits/payers';
import type {
  CodeSets,
  Icd10Code,
  Modifier,
  PlaceOfService,
  ProcedureCode,
  TabularNotes,
  Taxonomy,
} from '../codesets/types';
import {
  ADD_ON_TYPE_TEXT,
  ASSISTANT_TEXT,
  BILATERAL_CONVENTION_TEXT,
  BILATERAL_TEXT,
  CO_SURGEON_TEXT,
  DISTINCT_CONVENTION_TEXT,
  GLOBAL_DAYS_TEXT,
  ICD_TEXT,
  MAI_TEXT,
  MODIFIER_TEXT,
  MULTIPLE_PROCEDURE_TEXT,
  NPI_TEXT,
  PAYER_TEXT,
  PCTC_TEXT,
  PROCEDURE_TEXT,
  STATUS_TEXT,
  TABULAR_NOTE_HEADINGS,
  TAXONOMY_TEXT,
  TEAM_TEXT,
} from './hover-text';
import { modifierFit } from './modifier-fit';

/** Items listed under one heading before "and N more". */
const LIST_LIMIT = 12;
const CHILDREN_LIMIT = 30;

function bullets(items: string[], limit = LIST_LIMIT, total = items.length): string {
  const shown = items.slice(0, limit).map((item) => `- ${item}`);
  if (total > shown.length) shown.push(`- … and ${total - shown.length} more`);
  return shown.join('\n');
}

function withTitle(codeSets: CodeSets, code: string): string {
  const found = codeSets.icd10cm.get(code);
  return found ? `${code} ${found.longTitle}` : code;
}

/** The short form: title, billable or header, parent. For completion items. */
export function icd10Summary(codeSets: CodeSets, code: Icd10Code): string {
  const parts = [
    `**${code.code}** ${code.longTitle}`,
    code.billable ? ICD_TEXT.billable : ICD_TEXT.header,
  ];
  if (code.parent) parts.push(`${ICD_TEXT.parents}: ${withTitle(codeSets, code.parent)}`);
  return parts.join('\n\n');
}

/** The full reference: title, status, billable children, parents, tabular notes. */
export function icd10Markdown(codeSets: CodeSets, code: Icd10Code): string {
  const icd = codeSets.icd10cm;
  const sections = [
    `**${code.code}** ${code.longTitle}`,
    `${code.billable ? ICD_TEXT.billable : ICD_TEXT.header} · ${ICD_TEXT.source(icd.version)}`,
  ];

  if (!code.billable) {
    const children = icd.billableDescendants(code.code);
    if (children.length > 0) {
      const listed = children.slice(0, CHILDREN_LIMIT).map((child) => withTitle(codeSets, child));
      const list = bullets(listed, CHILDREN_LIMIT, children.length);
      sections.push(`**${ICD_TEXT.billableChildren}**\n\n${list}`);
    }
  }

  const chain: Icd10Code[] = [];
  for (let parent = code.parent; parent; ) {
    const found = icd.get(parent);
    if (!found) break;
    chain.push(found);
    parent = found.parent;
  }
  if (chain.length > 0) {
    const within = chain.map((parent) => `${parent.code} ${parent.longTitle}`).join(' › ');
    sections.push(`${ICD_TEXT.parents}: ${within}`);
  }

  // A note on a category applies to every code under it, so the parents' notes count too.
  const notes = [
    { from: code.code, notes: code.notes },
    ...chain.map((parent) => ({
      from: parent.code,
      notes: parent.notes,
    })),
  ];
  for (const key of Object.keys(TABULAR_NOTE_HEADINGS) as (keyof typeof TABULAR_NOTE_HEADINGS)[]) {
    const lines = notes.flatMap(({ from, notes: own }) =>
      noteLines(own, key).map((text) =>
        from === code.code ? text : `${text} *(${ICD_TEXT.notesFrom(from)})*`,
      ),
    );
    if (lines.length > 0) sections.push(`**${TABULAR_NOTE_HEADINGS[key]}**\n\n${bullets(lines)}`);
  }
  return sections.join('\n\n');
}

function noteLines(notes: TabularNotes | undefined, key: keyof typeof TABULAR_NOTE_HEADINGS) {
  return notes?.[key] ?? [];
}

/** Codes inline, the first forty of a long list. */
function codeList(codes: string[], limit = 40): string {
  const shown = codes.slice(0, limit).join(', ');
  return codes.length > limit ? `${shown} and ${codes.length - limit} more` : shown;
}

function indicator(table: Record<string, string>, value: string): string {
  const meaning = table[value];
  return meaning ? `${value}: ${meaning}` : value;
}

/** The short form for completion: description and the main indicators. */
export function procedureSummary(procedure: ProcedureCode): string {
  const lines = [`**${procedure.code}** ${procedure.description ?? ''}`.trim()];
  const fees = procedure.fees;
  if (fees) {
    lines.push(
      `Global ${fees.globalDays} · bilateral ${fees.bilateral} · ` +
        `assistant ${fees.assistant} · ` +
        `co-surgeon ${fees.coSurgeon} · team ${fees.team} · PC/TC ${fees.pctc}`,
    );
  }
  if (procedure.mue) lines.push(`MUE ${procedure.mue.value} (MAI ${procedure.mue.mai})`);
  if (procedure.addOn) lines.push(PROCEDURE_TEXT.headings.addOn);
  return lines.join('\n\n');
}

export function procedureMarkdown(codeSets: CodeSets, procedure: ProcedureCode): string {
  const headings = PROCEDURE_TEXT.headings;
  const versions = codeSets.versions;
  const sections: string[] = [];

  if (procedure.description) {
    // A licensed file is added to the sources when it loads, after the CMS files.
    const file = codeSets.procedures.sources.at(-1);
    const source =
      procedure.descriptionSource === 'licensed'
        ? `${PROCEDURE_TEXT.licensedDescription}, ${file}`
        : PROCEDURE_TEXT.ourDescription;
    sections.push(`**${procedure.code}** ${procedure.description}\n\n*(${source})*`);
  } else {
    const missing = /^[A-Z]/.test(procedure.code)
      ? PROCEDURE_TEXT.noHcpcsDescription
      : PROCEDURE_TEXT.noDescription;
    sections.push(`**${procedure.code}**\n\n${missing}`);
  }

  const fees = procedure.fees;
  if (fees) {
    const rows = [
      [headings.status, indicator(STATUS_TEXT, fees.status)],
      [headings.globalDays, indicator(GLOBAL_DAYS_TEXT, fees.globalDays)],
      [headings.multipleProcedure, indicator(MULTIPLE_PROCEDURE_TEXT, fees.multipleProcedure)],
      [headings.bilateral, indicator(BILATERAL_TEXT, fees.bilateral)],
      [headings.assistant, indicator(ASSISTANT_TEXT, fees.assistant)],
      [headings.coSurgeon, indicator(CO_SURGEON_TEXT, fees.coSurgeon)],
      [headings.team, indicator(TEAM_TEXT, fees.team)],
      [headings.pctc, indicator(PCTC_TEXT, fees.pctc)],
    ];
    const table = rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n');
    const heading = PROCEDURE_TEXT.feeSchedule(versions.feeSchedule);
    sections.push(`| ${heading} | |\n|---|---|\n${table}`);
  }

  const mue = procedure.mue;
  if (mue) {
    const rationale = mue.rationale ? PROCEDURE_TEXT.rationale(mue.rationale) : '';
    sections.push(
      `**${headings.mue}** ${mue.value} (${versions.mue}): MAI ${mue.mai}, ` +
        `${MAI_TEXT[mue.mai] ?? ''}.${rationale}`,
    );
  }

  const addOn = procedure.addOn;
  if (addOn) {
    const primaries = addOn.primaries.length > 0 ? `: ${codeList(addOn.primaries)}` : '';
    const deleted = addOn.deletion ? PROCEDURE_TEXT.deleted(addOn.deletion) : '';
    sections.push(
      `**${headings.addOn}** (type ${addOn.type}, ${versions.addOn}): ` +
        `${ADD_ON_TYPE_TEXT[addOn.type] ?? ''}${primaries}.${deleted}`,
    );
  }
  if (procedure.addOnsAllowed && procedure.addOnsAllowed.length > 0) {
    sections.push(`**${headings.primaryFor}**: ${codeList(procedure.addOnsAllowed)}`);
  }
  return sections.join('\n\n');
}

/** A modifier; with the line's procedure, whether it suits it. */
export function modifierMarkdown(modifier: Modifier, procedure?: ProcedureCode): string {
  const sections = [
    `**${modifier.code}** ${modifier.description} · ` +
      (MODIFIER_TEXT.source[modifier.source] ?? ''),
  ];
  if (modifier.whenToUse) sections.push(`**${MODIFIER_TEXT.whenToUse}**: ${modifier.whenToUse}`);
  if (modifier.terminated) sections.push(MODIFIER_TEXT.terminated(modifier.terminated));
  if (procedure) {
    const fit = modifierFit(modifier.code, procedure);
    if (fit.verdict === 'suits' && fit.reason) {
      sections.push(`${MODIFIER_TEXT.suits(procedure.code)}: ${fit.reason}.`);
    } else if (fit.verdict === 'ruled-out' && fit.reason) {
      // The reason is the rule's own message, which names the code already.
      sections.push(`⚠ ${fit.reason}`);
    }
  }
  return sections.join('\n\n');
}

export function taxonomyMarkdown(taxonomy: Taxonomy, version: string): string {
  const rows = [
    [TAXONOMY_TEXT.grouping, taxonomy.grouping],
    [TAXONOMY_TEXT.classification, taxonomy.classification],
    [TAXONOMY_TEXT.specialization, taxonomy.specialization || TAXONOMY_TEXT.noSpecialization],
  ];
  const table = rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n');
  const sections = [`**${taxonomy.code}** ${taxonomy.displayName}`, `| | |\n|---|---|\n${table}`];
  if (taxonomy.definition) sections.push(taxonomy.definition);
  sections.push(TAXONOMY_TEXT.attribution(version));
  return sections.join('\n\n');
}

export function placeOfServiceMarkdown(place: PlaceOfService): string {
  return `**${place.code}** ${place.name} · ${place.facility}\n\n${place.description}`;
}

export function npiMarkdown(npi: string): string {
  if (isValidNpi(npi)) return NPI_TEXT.valid(npi);
  const expected = /^\d{10}$/.test(npi) ? npiCheckDigit(npi.slice(0, 9)) : undefined;
  return NPI_TEXT.invalid(npi, expected);
}

export function payerMarkdown(key: string, profile: PayerProfile): string {
  const bilateral = BILATERAL_CONVENTION_TEXT[profile.bilateral] ?? profile.bilateral;
  const distinct = DISTINCT_CONVENTION_TEXT[profile.distinctModifier] ?? profile.distinctModifier;
  const sections = [
    `**payer ${key}**: ${profile.name}`,
    `${PAYER_TEXT.bilateral}: ${bilateral}.\n\n${PAYER_TEXT.distinct}: ${distinct}.`,
  ];
  if (profile.source) sections.push(`${PAYER_TEXT.source}: ${profile.source}`);
  return sections.join('\n\n');
}
