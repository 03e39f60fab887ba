/**
 * Quick fixes offered by two diagnostics at once are listed once: on Medicare's
 * 64420-50 with 2 units, mue-exceeded and payer-rule both offer "Set units to 1".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from './client';
import { FORMAT_EXAMPLE } from './fixtures';

const TWO_UNITS = FORMAT_EXAMPLE.replace(
  'svc 64620-RT   ptr AB  units 2',
  'svc 64420-50 ptr A units 2',
);

describe('quick fixes offered by two diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('lists "Set units to 1" once, for both diagnostics', async () => {
    const { uri, diagnostics } = await client.open(TWO_UNITS);
    const onUnits = diagnostics.filter(
      (d) => d.range.start.line === 11 && (d.code === 'mue-exceeded' || d.code === 'payer-rule'),
    );
    assert.deepEqual(onUnits.map((d) => d.code).sort(), ['mue-exceeded', 'payer-rule']);

    const range = { start: { line: 11, character: 0 }, end: { line: 11, character: 100 } };
    const actions = await client.codeActions(uri, range, diagnostics);
    const keys = actions.map((a) => `${a.title} ${JSON.stringify(a.edit)}`);
    assert.deepEqual(keys, [...new Set(keys)], keys.join('\n'));

    const setUnits = actions.filter((a) => a.title === 'Set units to 1');
    assert.equal(setUnits.length, 1, actions.map((a) => a.title).join('\n'));
    assert.equal(setUnits[0].isPreferred, true);
    const codes = setUnits[0].diagnostics?.map((d) => d.code).sort();
    assert.deepEqual(codes, ['mue-exceeded', 'payer-rule']);

    const left = await client.applyCodeAction(uri, setUnits[0]);
    assert.ok(client.text(uri).includes('svc 64420-50 ptr A units 1'), client.text(uri));
    assert.ok(!left.some((d) => d.code === 'mue-exceeded'));
  });
});
