/**
 * Writes large, realistic claim files for the benchmark, the same bytes for
 * the same seed: intercostal neurolysis and blocks, epidurals, facet and
 * occipital blocks, trigger points, office visits, with real ICD-10-CM codes
 * checked against the compiled data. About one claim in twenty carries a
 * coder's slip (a typo'd code, a lost pointer, a wrong NPI digit), as real
 * work does, so the checker has something to say.
 *
 *   npm run gen-claims -- --claims 10000 --out /tmp/big.claim
 *   npm run gen-claims -- --claims 10 --files 1000 --out /tmp/claims/
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCodeSets } from '../server/src/engine/codesets/load';
import type { CodeSets } from '../server/src/engine/codesets/types';

/** mulberry32: small, fast and the same on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(from: number, to: number): number {
    return from + Math.floor(this.next() * (to - from + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Diagnoses a pain practice bills, by what the procedure treats. */
const DX = {
  intercostal: ['G58.0', 'G89.22', 'G89.29', 'G89.21', 'G89.28', 'G89.3', 'M54.6', 'B02.29'],
  lumbar: ['M54.16', 'M54.17', 'M51.16', 'M51.17', 'M48.062', 'M48.061', 'M54.50', 'M54.59'],
  cervical: ['M54.12', 'M50.120', 'M47.812', 'M54.2', 'M50.20'],
  facet: ['M47.816', 'M47.812', 'M47.817', 'M54.50', 'M47.896'],
  occipital: ['M54.81', 'G44.209', 'G44.229', 'G43.909'],
  myofascial: ['M79.18', 'M79.10', 'M62.830', 'M54.6', 'M54.2', 'M25.511', 'M25.512'],
  visit: ['G89.29', 'G89.4', 'M54.50', 'M79.7', 'M25.561', 'M25.562', 'G58.0', 'M54.6'],
  secondary: ['F17.210', 'E11.9', 'I10', 'Z79.891', 'Z79.899', 'E66.9', 'F32.A'],
} as const;

/** Headers whose billable codes widen the pool beyond the lists above. */
const DX_FAMILIES = ['M54', 'M79.6', 'M25.5', 'G89', 'M47.81'];

const PAYERS = ['medicare', 'medicaid', 'aetna', 'bcbs', 'cigna', 'uhc'];
const TAXONOMIES = ['208VP0014X', '207LP2900X', '208100000X', '2084P0800X', '207RP1001X'];

interface Practice {
  npi: string;
  taxonomy: string;
}

interface Drawn {
  dx: string[];
  lines: string[];
  note?: string[];
}

/** An NPI whose check digit is right (Luhn over 80840 and the first nine digits). */
export function validNpi(random: Random): string {
  const base = `${random.int(1, 2)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  return base + luhnDigit(`80840${base}`);
}

function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function date(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date of service inside ICD-10-CM FY2026 (2025-10-01 to 2026-09-30). */
function serviceDate(random: Random): string {
  const month = random.int(1, 12);
  const year = month >= 10 ? 2025 : 2026;
  return `${year}-${pad(month)}-${pad(random.int(1, 28))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function money(dollars: number): string {
  return dollars.toFixed(2);
}

/** A service line of one unit pointing to the first `pointers` diagnoses. */
function oneUnit(code: string, pointers: number, charge: number): string {
  return `svc ${code}      ptr ${letters(pointers)}  units 1  charge ${money(charge)}`;
}

function randomCharge(random: Random, from: number, to: number): string {
  return money(random.int(from, to));
}

function letters(count: number): string {
  return 'ABCDEFGHIJKL'.slice(0, count);
}

const INDICATIONS = [
  'chronic post-thoracotomy neuralgia after right lower lobectomy',
  'intercostal neuralgia after rib fractures, refractory to oral agents',
  'postherpetic neuralgia in a thoracic dermatome, six months of pain',
  'chest wall pain after mastectomy, relief with two diagnostic blocks',
  'cancer-related rib pain, short relief from diagnostic blocks',
];

function neurolysis(random: Random): Drawn {
  const levelCount = random.int(1, 3);
  const first = random.int(3, 10);
  const levels = Array.from({ length: levelCount }, (_, i) => `T${first + i}`);
  const side = random.pick(['right', 'left'] as const);
  const modifier = side === 'right' ? 'RT' : 'LT';
  const dx = [random.pick(DX.intercostal)];
  if (random.chance(0.5)) addDx(dx, random.pick(['G89.29', 'G89.22', 'M54.6']));
  const guidance = random.pick(['ultrasound', 'fluoroscopy', 'CT']);
  const agent = random.pick([
    'phenol 6%, 3 mL per level',
    'alcohol 50%, 2 mL per level',
    'radiofrequency 80 C for 90 s per level',
  ]);
  const charge = 850 * levelCount;
  return {
    dx,
    lines: [
      `svc 64620-${modifier}   ptr ${letters(dx.length)}  units ${levelCount}  ` +
        `charge ${money(charge)}`,
    ],
    note: [
      `Indication: ${random.pick(INDICATIONS)},`,
      '  refractory to gabapentin and two diagnostic intercostal blocks (64420, 64421).',
      `Levels: ${levels.join(', ')}`,
      `Laterality: ${side}`,
      `Guidance: ${guidance}`,
      `Agent: ${agent}`,
      `Units: ${levelCount}`,
      `Pain: pre ${random.int(6, 9)}/10, post ${random.int(1, 4)}/10`,
      'Instructions: keep the sites dry for 24 hours, no heavy lifting for 48 hours.',
    ],
  };
}

function intercostalBlock(random: Random): Drawn {
  const extra = random.int(0, 3);
  const dx = [random.pick(DX.intercostal)];
  const lines = [`svc 64420      ptr A  units 1  charge 310.00`];
  if (extra > 0) lines.push(`svc 64421      ptr A  units ${extra}  charge ${money(180 * extra)}`);
  return {
    dx,
    lines,
    note: [
      'Indication: diagnostic block before planned neurolysis.',
      `Levels: T${random.int(4, 6)} and ${extra} more`,
      `Guidance: ${random.pick(['ultrasound', 'fluoroscopy'])}`,
      'Agent: bupivacaine 0.25%, 5 mL per level',
      `Pain: pre ${random.int(6, 9)}/10, post ${random.int(0, 3)}/10`,
    ],
  };
}

function epidural(random: Random): Drawn {
  const lumbar = random.chance(0.7);
  const dx = [random.pick(lumbar ? DX.lumbar : DX.cervical)];
  if (random.chance(0.3)) addDx(dx, random.pick(DX.secondary));
  const code = lumbar ? '62323' : '62321';
  return {
    dx,
    lines: [oneUnit(code, dx.length, random.int(600, 1100))],
    note: [
      `Indication: ${lumbar ? 'lumbar' : 'cervical'} radicular pain, failed physical therapy.`,
      `Approach: interlaminar, ${lumbar ? 'L4-L5' : 'C6-C7'}, fluoroscopic guidance.`,
      'Agent: triamcinolone 80 mg with 4 mL preservative-free saline',
      'Complications: none',
    ],
  };
}

function facet(random: Random): Drawn {
  const lumbar = random.chance(0.6);
  const primary = lumbar ? '64493' : '64490';
  const addOn = lumbar ? '64494' : '64491';
  const side = random.pick(['RT', 'LT', '50'] as const);
  const dx = [random.pick(DX.facet)];
  const lines = [`svc ${primary}-${side}   ptr A  units 1  charge 720.00`];
  if (random.chance(0.6)) lines.push(`svc ${addOn}-${side}   ptr A  units 1  charge 360.00`);
  return { dx, lines };
}

function occipital(random: Random): Drawn {
  const dx = [random.pick(DX.occipital)];
  return {
    dx,
    lines: [`svc 64405      ptr A  units 1  charge ${money(random.int(220, 320))}`],
  };
}

function triggerPoints(random: Random, codeSets: CodeSets): Drawn {
  const dx = [random.pick(DX.myofascial)];
  // Now and then a code from the whole family, as coders pick the specific site.
  if (random.chance(0.4)) addDx(dx, random.pick(familyPool(codeSets)));
  const code = random.chance(0.5) ? '20552' : '20553';
  return {
    dx,
    lines: [oneUnit(code, dx.length, random.int(150, 260))],
  };
}

function officeVisit(random: Random, codeSets: CodeSets): Drawn {
  const code = random.pick(['99203', '99204', '99213', '99214', '99215']);
  const dx = [random.pick(DX.visit)];
  if (random.chance(0.5)) addDx(dx, random.pick(familyPool(codeSets)));
  if (random.chance(0.3)) addDx(dx, random.pick(DX.secondary));
  const unique = dx;
  const withProcedure = random.chance(0.25);
  const lines = [
    `svc ${code}${withProcedure ? '-25' : ''}   ptr ${letters(unique.length)}  ` +
      `charge ${randomCharge(random, 110, 260)}`,
  ];
  if (withProcedure) lines.push(`svc 20552      ptr A  units 1  charge 180.00`);
  return { dx: unique, lines };
}

/**
 * Adds a further diagnosis unless the claim has one of its category: two codes
 * of one category are either the same or, often, an Excludes1 pair.
 */
function addDx(dx: string[], code: string): void {
  if (!dx.some((other) => other.slice(0, 3) === code.slice(0, 3))) dx.push(code);
}

let pool: string[] | undefined;

/** Billable codes from the data under the headers a pain practice uses most. */
function familyPool(codeSets: CodeSets): string[] {
  if (!pool) {
    pool = DX_FAMILIES.flatMap((family) => codeSets.icd10cm.billableDescendants(family, 200));
    if (pool.length === 0) throw new Error('no billable codes found under the pain families');
  }
  return pool;
}

/** A coder's slip, so that about one claim in twenty has something to fix. */
function slip(random: Random, drawn: Drawn, practice: Practice): Practice {
  switch (random.int(0, 3)) {
    case 0:
      drawn.dx[0] = drawn.dx[0].replace('.', '').slice(0, 4); // a header or a truncated code
      return practice;
    case 1:
      drawn.lines[0] = drawn.lines[0].replace(/ptr [A-L]+/, 'ptr H');
      return practice;
    case 2: {
      const last = Number(practice.npi[9]);
      return { ...practice, npi: practice.npi.slice(0, 9) + String((last + 1) % 10) };
    }
    default:
      drawn.dx.push(drawn.dx[0]); // listed twice
      return practice;
  }
}

export interface GenerateOptions {
  claims: number;
  seed: number;
  /** Number of the first claim, so that files of a folder have distinct ids. */
  firstId?: number;
}

/** The text of a claim file. */
export function generateClaims(
  options: GenerateOptions,
  codeSets: CodeSets = defaultCodeSets(),
): string {
  checkCodes(codeSets);
  const random = new Random(options.seed);
  const practices: Practice[] = Array.from({ length: 8 }, () => ({
    npi: validNpi(random),
    taxonomy: random.pick(TAXONOMIES),
  }));
  const out: string[] = [];
  const first = options.firstId ?? 1;
  for (let n = first; n < first + options.claims; n++) {
    out.push(claimText(random, codeSets, practices, n), '');
  }
  return out.join('\n');
}

function claimText(random: Random, codeSets: CodeSets, practices: Practice[], n: number) {
  const kind = random.next();
  const drawn =
    kind < 0.18
      ? neurolysis(random)
      : kind < 0.3
        ? intercostalBlock(random)
        : kind < 0.45
          ? epidural(random)
          : kind < 0.55
            ? facet(random)
            : kind < 0.62
              ? occipital(random)
              : kind < 0.72
                ? triggerPoints(random, codeSets)
                : officeVisit(random, codeSets);
  let practice = random.pick(practices);
  if (random.chance(0.05)) practice = slip(random, drawn, practice);

  const office = drawn.lines[0].startsWith('svc 99') || random.chance(0.5);
  const prefix = office ? 'OFF' : 'ASC';
  const id = `${prefix}-2026-${String(n).padStart(6, '0')}`;
  const out = [
    `# ${drawn.note ? 'Procedure' : 'Encounter'} ${n}`,
    `claim ${id}`,
    `  payer     ${random.pick(PAYERS)}`,
    `  patient   id P-${random.int(1000, 99999)}  dob ${date(random, 1940, 2004)}  ` +
      `sex ${random.pick(['F', 'M'])}`,
    `  billing   npi ${practice.npi}  taxonomy ${practice.taxonomy}`,
    `  pos       ${office ? '11' : '24'}`,
    `  dos       ${serviceDate(random)}`,
    '',
    ...drawn.dx.map((code, i) => `  dx ${letters(i + 1).at(-1)}  ${code}`),
    '',
    ...drawn.lines.map((line) => `  ${line}`),
  ];
  if (drawn.note) {
    out.push('', '  note Procedure note', ...drawn.note.map((line) => `    ${line}`));
  }
  return out.join('\n');
}

let checked = false;

/** Every listed diagnosis must be a billable FY2026 code, or the files would not be realistic. */
function checkCodes(codeSets: CodeSets): void {
  if (checked) return;
  for (const code of Object.values(DX).flat()) {
    const found = codeSets.icd10cm.get(code);
    if (!found?.billable) throw new Error(`${code} is not a billable ICD-10-CM code in the data`);
  }
  checked = true;
}

/** Writes `files` files of `claims` claims each into `dir`, seeds following from `seed`. */
export function writeClaimFolder(
  dir: string,
  files: number,
  claims: number,
  seed: number,
): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let f = 0; f < files; f++) {
    const path = join(dir, `claims-${String(f + 1).padStart(4, '0')}.claim`);
    writeFileSync(path, generateClaims({ claims, seed: seed + f, firstId: f * claims + 1 }));
    paths.push(path);
  }
  return paths;
}

function main(): void {
  let values: { claims: string; files?: string; seed: string; out?: string; help?: boolean };
  try {
    values = parseArgs({
      options: {
        claims: { type: 'string', default: '10000' },
        files: { type: 'string' },
        seed: { type: 'string', default: '20260915' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    // An unknown option or a missing value: say which, then how to call.
    process.stderr.write(`gen-claims: ${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const claims = Number(values.claims);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(claims) || claims < 1 || !Number.isInteger(seed)) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  if (values.files) {
    const files = Number(values.files);
    writeClaimFolder(values.out, files, claims, seed);
    process.stderr.write(`wrote ${files} files of ${claims} claims to ${values.out}\n`);
  } else {
    writeFileSync(values.out, generateClaims({ claims, seed }));
    process.stderr.write(`wrote ${claims} claims to ${values.out}\n`);
  }
}

const USAGE =
  'usage: gen-claims --claims N --out FILE [--seed S]\n' +
  '       gen-claims --claims N --files M --out DIR [--seed S]\n' +
  'Writes N realistic claims per file, the same bytes for the same seed ' +
  '(default 20260915).\n';

// Bundled into a benchmark, this file is part of the main module: run only when started by name.
if (require.main === module && /gen-claims\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) main();
