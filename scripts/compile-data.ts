/**
 * `npm run data [SOURCE_DIR]`: compiles the publishers' code-set files
 * (default `../shared/codesets` beside the repository) into `data/`.
 * Files are found by their names' patterns, so next year's releases dropped
 * in the same folder compile with no change here.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import {
  compileIcd10,
  compileIcd10Search,
  compileModifiers,
  compileNotes,
  compileProcedures,
  compileTaxonomy,
} from '../server/src/engine/codesets/compile';
import type {
  CompiledModifier,
  Manifest,
  PackInput,
} from '../server/src/engine/codesets/compiled';
import { writePack } from '../server/src/engine/codesets/pack';
import {
  fiscalYearDates,
  nuccVersionFromFileName,
  parseDelimited,
  readAddOnCsv,
  readCodeList,
  readHcpcsModifiersTsv,
  readIcd10OrderFile,
  readMceEditsJson,
  readMueCsv,
  readNuccTaxonomyCsv,
  readPfsIndicatorsCsv,
  readPlaceOfServiceCsv,
  readTabularNotesJson,
} from '../server/src/engine/codesets/readers';

const repo = resolve(__dirname, '..');
const sourceDir = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'codesets'));
const dataDir = join(repo, 'data');

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function main(): void {
  const files = listFiles(sourceDir);
  const find = (what: string, pattern: RegExp): string => {
    const matches = files.filter((f) => pattern.test(basename(f))).sort();
    if (matches.length === 0) throw new Error(`no ${what} file (${pattern}) under ${sourceDir}`);
    // The newest release sorts last when names carry a date or year.
    return matches[matches.length - 1];
  };
  const text = (file: string) => readFileSync(file, 'utf8');
  const used: Record<string, string> = {};
  const use = (key: string, what: string, pattern: RegExp) => {
    const file = find(what, pattern);
    used[key] = relative(sourceDir, file);
    return file;
  };

  const orderFile = use('icd10cm', 'ICD-10-CM order', /^icd10cm[-_]order[-_]\d{4}\.txt$/i);
  const notesFile = use('icd10cmNotes', 'tabular notes', /tabular.*notes.*\.json$/i);
  const mceFile = use('icd10cmMce', 'MCE edits', /mce.*\.json$/i);
  const nuccFile = use('nucc', 'NUCC taxonomy', /nucc.*taxonomy.*\.csv$/i);
  const hcpcsFile = use('hcpcsModifiers', 'HCPCS modifiers', /hcpcs.*modifiers.*\.tsv$/i);
  const cptModsFile = use('cptModifiers', 'CPT modifier codes', /cpt.*modifier.*codes.*\.txt$/i);
  const mueFile = use('mue', 'MUE', /mue.*practitioner.*\.csv$/i);
  const addOnFile = use('addOn', 'add-on edits', /add-?on.*\.csv$/i);
  const pfsFile = use('feeSchedule', 'fee-schedule indicators', /pfs.*\.csv$/i);
  const posFile = use('placeOfService', 'place of service', /place.*of.*service.*\.csv$/i);

  const order = readIcd10OrderFile(text(orderFile), basename(orderFile));
  const dates = fiscalYearDates(order.fiscalYear);
  const notes = readTabularNotesJson(text(notesFile), basename(notesFile));
  const mce = readMceEditsJson(text(mceFile), basename(mceFile));
  const taxonomy = readNuccTaxonomyCsv(text(nuccFile), basename(nuccFile));
  const hcpcs = readHcpcsModifiersTsv(text(hcpcsFile), basename(hcpcsFile));
  const cptCodes = readCodeList(text(cptModsFile));
  const mue = readMueCsv(text(mueFile), basename(mueFile));
  const addOns = readAddOnCsv(text(addOnFile), basename(addOnFile));
  const pfs = readPfsIndicatorsCsv(text(pfsFile), basename(pfsFile));
  const pos = readPlaceOfServiceCsv(text(posFile), basename(posFile));

  const descriptions = readOurTable(join(repo, 'scripts/data/procedure-descriptions.tsv'));
  const cptModifiers = cptModifierTable(cptCodes);
  const year = order.fiscalYear;

  const packs: Record<string, PackInput<unknown>> = {
    [`icd10cm-${year}.br`]: compileIcd10(order, dates.from, dates.to),
    [`icd10cm-${year}-notes.br`]: compileNotes(notes),
    [`icd10cm-${year}-search.br`]: compileIcd10Search(order, notes),
    'icd10cm-mce.br': metaOnly(mce),
    'procedures.br': compileProcedures({
      pfs,
      mue,
      addOns,
      descriptions: new Map(descriptions.map(([code, d]) => [code, d])),
      sources: [basename(pfsFile), basename(mueFile), basename(addOnFile)],
    }),
    'modifiers.br': metaOnly(compileModifiers(cptModifiers, hcpcs)),
    'taxonomy.br': metaOnly(compileTaxonomy(taxonomy)),
    'place-of-service.br': metaOnly(pos),
  };

  const manifest: Manifest = {
    versions: {
      icd10cm: `FY${year}`,
      nucc: nuccVersionFromFileName(basename(nuccFile)) ?? 'unknown',
      mue: /(\d{4}-\d{2}-\d{2})/.exec(basename(mueFile))?.[1] ?? 'unknown',
      addOn: quarterOf(basename(addOnFile)),
      feeSchedule: monthOf(basename(pfsFile)),
      hcpcsModifiers: monthOf(basename(hcpcsFile)),
      placeOfService: 'CMS list',
    },
    labels: {
      icd10cm: `ICD-10-CM FY${year} (${dates.from} to ${dates.to})`,
      nucc: 'NUCC Health Care Provider Taxonomy',
      mue: 'NCCI MUE, practitioner services',
      addOn: 'NCCI add-on code edits',
      feeSchedule: 'Medicare physician fee schedule indicators',
      hcpcsModifiers: 'HCPCS Level II modifiers',
      placeOfService: 'CMS place of service codes',
    },
    sources: used,
    files: {
      icd10cm: `icd10cm-${year}.br`,
      icd10cmNotes: `icd10cm-${year}-notes.br`,
      icd10cmSearch: `icd10cm-${year}-search.br`,
      icd10cmMce: 'icd10cm-mce.br',
      procedures: 'procedures.br',
      modifiers: 'modifiers.br',
      taxonomy: 'taxonomy.br',
      placeOfService: 'place-of-service.br',
    },
    counts: {
      icd10cm: order.rows.length,
      icd10cmBillable: order.rows.filter((r) => r.billable).length,
      icd10cmNotes: notes.size,
      taxonomy: taxonomy.length,
      placeOfService: pos.length,
      hcpcsModifiers: hcpcs.length,
      cptModifiers: cptModifiers.length,
      mue: mue.length,
      addOnPairs: addOns.length,
      feeScheduleRows: pfs.length,
      ourDescriptions: descriptions.length,
    },
  };

  mkdirSync(dataDir, { recursive: true });
  let total = 0;
  for (const [name, pack] of Object.entries(packs)) {
    const bytes = writePack(pack.meta, pack.sections);
    writeFileSync(join(dataDir, name), bytes);
    total += bytes.length;
    process.stdout.write(`${name.padEnd(32)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB\n`);
  }
  writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  process.stdout.write(`total ${(total / 1024 / 1024).toFixed(2)} MB from ${sourceDir}\n`);
}

function metaOnly<T>(meta: T): PackInput<T> {
  return { meta, sections: {} };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Our own TSV tables: `#` comment lines, a header line, then rows. */
function readOurTable(path: string): string[][] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return parseDelimited(lines.slice(1).join('\n'), '\t');
}

/** Our descriptions for exactly the CPT modifier codes the publisher lists. */
function cptModifierTable(codes: string[]): CompiledModifier[] {
  const ours = new Map(
    readOurTable(join(repo, 'scripts/data/cpt-modifiers.tsv')).map((r) => [r[0], r]),
  );
  return codes.map((code) => {
    const row = ours.get(code);
    if (!row) throw new Error(`CPT modifier ${code} has no description in cpt-modifiers.tsv`);
    return { code, source: 'cpt', description: row[1], whenToUse: row[2] };
  });
}

/** `...-2026q3.csv` → `2026 Q3`. */
function quarterOf(fileName: string): string {
  const m = /(\d{4})[-_]?q([1-4])/i.exec(fileName);
  return m ? `${m[1]} Q${m[2]}` : 'unknown';
}

/** `...-2024-07.csv` → `2024 July`. */
function monthOf(fileName: string): string {
  const m = /(\d{4})-(\d{2})(?!-\d)/.exec(fileName);
  return m ? `${m[1]} ${MONTHS[Number(m[2]) - 1]}` : 'unknown';
}

main();
