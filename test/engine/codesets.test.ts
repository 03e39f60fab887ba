/**
 * The compiled code sets, read through the `types.ts` API, against the facts
 * the publishers' files settle (see ../shared/codesets/README.md).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { defaultCodeSets, findDataDir, loadCodeSets } from '../../server/src/engine/codesets/load';
import { parseDelimited } from '../../server/src/engine/codesets/readers';

const repo = resolve(__dirname, '../..');
const codeSets = defaultCodeSets();
const { icd10cm, procedures, modifiers, taxonomy, placesOfService } = codeSets;

const top = (hits: { item: { code: string } }[], n = hits.length) =>
  hits.slice(0, n).map((h) => h.item.code);

describe('sizes and versions', () => {
  it('has every ICD-10-CM row of FY2026', () => {
    assert.equal(icd10cm.size, 98_186);
    assert.equal(icd10cm.billableCount, 74_719);
    assert.equal(icd10cm.version, 'FY2026');
    assert.deepEqual(icd10cm.effective, { from: '2025-10-01', to: '2026-09-30' });
  });

  it('has the NUCC taxonomy, places of service and modifiers', () => {
    assert.equal(taxonomy.size, 883);
    assert.equal(taxonomy.version, '25.1');
    assert.equal(placesOfService.all().length, 52);
    const cpt = modifiers.all().filter((m) => m.source === 'cpt');
    assert.equal(cpt.length, 49);
    assert.ok(cpt.every((m) => m.description !== '' && (m.whenToUse ?? '') !== ''));
  });

  it('reports the versions of every source', () => {
    assert.deepEqual(codeSets.versions, {
      icd10cm: 'FY2026',
      nucc: '25.1',
      mue: '2026-04-01',
      addOn: '2026 Q3',
      feeSchedule: '2024 July',
      hcpcsModifiers: '2026 January',
      placeOfService: 'CMS list',
    });
    assert.equal(codeSets.manifest?.sources.icd10cm, 'icd10cm/icd10cm-order-2026.txt');
  });
});

describe('ICD-10-CM', () => {
  it('knows G89.2 is a header over four billable codes', () => {
    const g892 = icd10cm.get('G89.2');
    assert.ok(g892);
    assert.equal(g892.billable, false);
    assert.equal(g892.parent, 'G89');
    assert.deepEqual(g892.children, ['G89.21', 'G89.22', 'G89.28', 'G89.29']);
    const billable = icd10cm.billableDescendants('G89.2');
    assert.deepEqual(billable, ['G89.21', 'G89.22', 'G89.28', 'G89.29']);
    assert.equal(icd10cm.get('G89.29')?.billable, true);
  });

  it('gives titles, with or without the dot', () => {
    assert.equal(icd10cm.get('G58.0')?.longTitle, 'Intercostal neuropathy');
    assert.equal(icd10cm.get('g580')?.code, 'G58.0');
    assert.equal(icd10cm.get('G89.4')?.longTitle, 'Chronic pain syndrome');
    assert.equal(icd10cm.get('G58.00'), undefined);
    assert.equal(icd10cm.get('Z99.999'), undefined);
  });

  it('has a parent chain up to the category', () => {
    const chain: string[] = [];
    for (let c = icd10cm.get('S72.044S'); c; c = c.parent ? icd10cm.get(c.parent) : undefined) {
      chain.push(c.code);
    }
    assert.deepEqual(chain, ['S72.044S', 'S72.044', 'S72.04', 'S72.0', 'S72']);
  });

  it('keeps the tabular notes', () => {
    const r52 = icd10cm.get('R52')?.notes;
    assert.ok(r52?.excludes1Codes.includes('G89'));
    assert.ok(r52?.inclusionTerms.includes('Pain NOS'));
    const g892 = icd10cm.get('G89.2')?.notes;
    assert.ok(g892?.excludes1Codes.includes('G89.4'));
    assert.ok(g892?.excludes1.includes('chronic pain syndrome (G89.4)'));
    assert.equal(icd10cm.get('G89.29')?.notes, undefined);
  });

  it('has the Medicare Code Editor lists', () => {
    assert.equal(icd10cm.isManifestation('D63.0'), true);
    assert.equal(icd10cm.isManifestation('G58.0'), false);
    assert.deepEqual(icd10cm.ageEdit('A33'), { category: 'newborn', minAge: 0, maxAge: 0 });
    assert.equal(icd10cm.ageEdit('G58.0'), undefined);
  });
});

describe('ICD-10-CM search', () => {
  const cases: [string, string][] = [
    ['g580', 'G58.0'],
    ['G58.', 'G58.0'],
    ['G58.0', 'G58.0'],
    ['intercost', 'G58.0'],
    ['intercostal neuropathy', 'G58.0'],
    ['Intercostal  Neuropathy ', 'G58.0'],
    // A header matched as well as its children comes after them; `unspecified` is
    // the code meant when only the condition is named.
    ['low back pain', 'M54.50'],
    ['obesity', 'E66.9'],
    // Words in parentheses are nonessential modifiers.
    ['essential hypertension', 'I10'],
    ['r52', 'R52'],
  ];
  for (const [query, first] of cases) {
    it(`"${query}" finds ${first} first`, () => {
      assert.equal(top(icd10cm.search(query, 20))[0], first);
    });
  }

  it('"chronic pain" puts the G89.2 family near the top', () => {
    const found = top(icd10cm.search('chronic pain', 10));
    for (const code of ['G89.2', 'G89.21', 'G89.22', 'G89.28', 'G89.29']) {
      assert.ok(found.includes(code), `${code} in ${found.join(' ')}`);
    }
  });

  it('lists billable codes before headers for a code prefix', () => {
    const hits = icd10cm.search('G89', 20).map((h) => h.item);
    assert.equal(hits[0].code, 'G89');
    const rest = hits.slice(1).map((c) => c.billable);
    assert.deepEqual(rest, [...rest].sort((a, b) => Number(b) - Number(a)));
    assert.ok(hits.some((c) => !c.billable && c.code === 'G89.2'));
  });

  it('finds inclusion terms and short-title abbreviations', () => {
    assert.ok(top(icd10cm.search('generalized pain', 5)).includes('R52'));
    assert.ok(top(icd10cm.search('fx femur', 20)).some((c) => c.startsWith('S72')));
  });

  it('caps results and finds nothing for nonsense', () => {
    assert.equal(icd10cm.search('pain', 25).length, 25);
    assert.deepEqual(icd10cm.search('qqqzzz', 10), []);
    assert.deepEqual(icd10cm.search('   ', 10), []);
  });
});

describe('procedures', () => {
  it('has the fee-schedule indicators and MUE of 64620', () => {
    const p = procedures.get('64620');
    assert.ok(p?.fees);
    assert.equal(p.fees.bilateral, '0');
    assert.equal(p.fees.assistant, '1');
    assert.equal(p.fees.coSurgeon, '0');
    assert.equal(p.fees.team, '0');
    assert.equal(p.fees.pctc, '0');
    assert.equal(p.fees.globalDays, '010');
    assert.deepEqual(p.mue && { value: p.mue.value, mai: p.mue.mai }, { value: 5, mai: 3 });
    assert.equal(p.addOn, undefined);
  });

  it('knows 64421 is an add-on of 64420 only', () => {
    const p = procedures.get('64421');
    assert.deepEqual(p?.addOn?.primaries, ['64420']);
    assert.equal(p?.addOn?.type, 1);
    assert.ok(procedures.get('64420')?.addOnsAllowed?.includes('64421'));
  });

  it('knows 77002 and 77003 are add-ons, and 64620 is a primary of neither', () => {
    for (const code of ['77002', '77003']) {
      const addOn = procedures.get(code)?.addOn;
      assert.ok(addOn && addOn.primaries.length > 0, code);
      assert.equal(addOn.primaries.includes('64620'), false, code);
    }
    assert.equal(procedures.get('64620')?.addOnsAllowed, undefined);
  });

  it('knows the guidance codes split into 26 and TC and allow one unit', () => {
    for (const code of ['77002', '77003', '76942']) {
      const p = procedures.get(code);
      assert.equal(p?.fees?.pctc, '1', code);
      assert.deepEqual(p?.feeScheduleModifiers?.slice().sort(), ['26', 'TC'], code);
      assert.equal(p?.mue?.value, 1, code);
    }
  });

  it('has our descriptions for the seed families', () => {
    assert.match(procedures.get('64405')?.description ?? '', /greater occipital/i);
    assert.match(procedures.get('64420')?.description ?? '', /intercostal.*single level/i);
    assert.match(procedures.get('64421')?.description ?? '', /each additional level/i);
    assert.match(procedures.get('64640')?.description ?? '', /other peripheral nerve/i);
    const family = ['64400', '64495', '64530', '64600', '64633', '64636', '64681', '99215'];
    for (const code of family) assert.equal(procedures.get(code)?.descriptionSource, 'ours', code);
  });

  it('knows which files say a code exists', () => {
    assert.equal(procedures.get('99999'), undefined);
    assert.deepEqual(procedures.sources, [
      'pfs-indicators-2024-07.csv',
      'mue-practitioner-2026-04-01.csv',
      'add-on-code-edits-2026q3.csv',
    ]);
  });

  it('searches by code prefix and by our words', () => {
    assert.deepEqual(top(procedures.search('6462', 3)), ['64620', '64624', '64625']);
    assert.ok(top(procedures.search('intercostal', 5)).includes('64620'));
    assert.equal(top(procedures.search('greater occipital', 5))[0], '64405');
  });

  it('takes a licensed descriptor file over our words', () => {
    const own = loadCodeSets();
    const csv = 'code,description\n64620,"Licensed text, with a comma"\n0000,bad row\n';
    assert.match(own.procedures.loadLicensedDescriptors(csv, 'cpt.csv') ?? '', /1 row.*line 3/);
    assert.equal(own.procedures.get('64620')?.description, 'Licensed text, with a comma');
    assert.equal(own.procedures.get('64620')?.descriptionSource, 'licensed');
    assert.ok(own.procedures.sources.includes('cpt.csv'));
    assert.match(own.procedures.loadLicensedDescriptors('nothing', 'x.csv') ?? '', /no rows/);
    assert.equal(procedures.get('64620')?.descriptionSource, 'ours');
  });
});

describe('modifiers, taxonomy, place of service', () => {
  it('describes CPT and HCPCS modifiers', () => {
    assert.equal(modifiers.get('59')?.source, 'cpt');
    assert.ok(modifiers.get('50')?.whenToUse);
    assert.equal(modifiers.get('RT')?.source, 'hcpcs');
    assert.equal(modifiers.get('GD')?.terminated, '2019-12-31');
    assert.equal(modifiers.get('XS')?.terminated, undefined);
    assert.equal(modifiers.get('P1')?.source, 'cpt');
  });

  it('has the pain medicine taxonomy codes and not the seed invention', () => {
    assert.equal(taxonomy.get('208VP0014X')?.specialization, 'Interventional Pain Medicine');
    assert.equal(taxonomy.get('2084P0800X')?.classification, 'Psychiatry & Neurology');
    assert.equal(taxonomy.get('363LP0800X'), undefined);
  });

  it('finds pain medicine taxonomies by word', () => {
    const found = top(taxonomy.search('pain', 8));
    assert.equal(found[0], '208VP0000X');
    for (const code of ['208VP0014X', '207LP2900X', '2081P2900X']) {
      assert.ok(found.includes(code), `${code} in ${found.join(' ')}`);
    }
    assert.equal(top(taxonomy.search('208VP', 5)).length, 2);
  });

  it('has places of service with their facility type', () => {
    assert.equal(placesOfService.get('24')?.name, 'Ambulatory Surgical Center');
    assert.equal(placesOfService.get('11')?.facility, 'Non-Facility');
    assert.equal(placesOfService.get('99')?.name, 'Other Place of Service');
  });
});

describe('readers', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    const text = '\ufeffa,b,c\r\n1,"two, ""2""\nlines",3\n4,,\n';
    assert.deepEqual(parseDelimited(text), [
      ['a', 'b', 'c'],
      ['1', 'two, "2"\nlines', '3'],
      ['4', '', ''],
    ]);
  });
});

describe('finding data/', () => {
  it('walks up from dist/ and from the sources', () => {
    const data = join(repo, 'data');
    assert.equal(findDataDir(join(repo, 'dist')), data);
    assert.equal(findDataDir(join(repo, 'server/src/engine/codesets')), data);
  });

  it('loads from a bundle in dist/', async () => {
    mkdirSync(join(repo, 'dist'), { recursive: true });
    const dir = mkdtempSync(join(repo, 'dist', 'codesets-probe-'));
    try {
      const outfile = join(dir, 'probe.js');
      await build({
        stdin: {
          contents: [
            "import { loadCodeSets } from './server/src/engine/codesets/load';",
            'const c = loadCodeSets();',
            "console.log(JSON.stringify([c.icd10cm.size, c.icd10cm.get('G58.0')?.longTitle]));",
          ].join('\n'),
          resolveDir: repo,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile,
        logLevel: 'silent',
      });
      const out = execFileSync(process.execPath, [outfile], { encoding: 'utf8' });
      assert.deepEqual(JSON.parse(out), [98_186, 'Intercostal neuropathy']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
