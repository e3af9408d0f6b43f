import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatWeight, formulaOf, parseFormula } from '../../../main/resources/web/voice-mix.js';

test('formulas in the server grammar', () => {
  assert.equal(formulaOf([{ id: 'af_heart', weight: 1 }]), 'af_heart');
  assert.equal(formulaOf([{ id: 'af_bella', weight: 2 }, { id: 'af_sky', weight: 1 }]), 'af_bella(2)+af_sky');
  assert.equal(formulaOf([{ id: 'a', weight: 0.25 }, { id: 'b', weight: 1.5 }]), 'a(0.25)+b(1.5)');
  assert.equal(formulaOf([{ id: 'a', weight: 1.0000001 }]), 'a');
  assert.equal(formulaOf([]), '');
});

test('weights have at most two decimals', () => {
  assert.equal(formatWeight(0.30000000000000004), '0.3');
  assert.equal(formatWeight(2), '2');
  assert.equal(formatWeight(1.236), '1.24');
});

test('a typed sum becomes a mix; anything else is left to the server', () => {
  assert.deepEqual(parseFormula('af_bella(2) + AF_SKY'), [{ id: 'af_bella', weight: 2 }, { id: 'af_sky', weight: 1 }]);
  assert.deepEqual(parseFormula('af_bella(.5)'), [{ id: 'af_bella', weight: 0.5 }]);
  for (const other of ['af_bella-af_sky(0.3)', 'af_bella(0)', 'af_bella(', '', 'af bella', 'a++b']) {
    assert.equal(parseFormula(other), null, other);
  }
});

test('a formula read back gives the same formula', () => {
  for (const formula of ['af_bella(2)+af_sky', 'am_adam', 'a(0.3)+b(1.7)+c']) {
    assert.equal(formulaOf(parseFormula(formula)), formula);
  }
});
