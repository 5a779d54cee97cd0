// Bodies that are not JSON: urlencoded forms, field by field as the spec's `encoding` says.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { formBody, formPairs } from '../../src/core/form.js';

describe('form bodies', () => {
  test('fields default to exploded form style', () => {
    const body = { To: '+1 555', StatusCallbackEvent: ['a', 'b'], Flag: true, Off: false, Gone: null, No: undefined };
    assert.equal(formBody(body), 'To=%2B1+555&StatusCallbackEvent=a&StatusCallbackEvent=b&Flag=true&Off=false');
    assert.deepEqual(formPairs({ address: { city: 'Paris', zip: null }, day: new Date('2024-01-02T00:00:00Z') }), [
      ['city', 'Paris'],
      ['day', '2024-01-02T00:00:00.000Z'],
    ]);
  });

  test('styles that join values', () => {
    const styles = {
      a: ['form', false],
      s: ['spaceDelimited', false],
      p: ['pipeDelimited', false],
      o: ['form', false],
    } as const;
    const body = { a: [1, 2], s: ['x', 'y'], p: ['x', 'y'], o: { k: 'v', n: 1 }, empty: [] };
    assert.deepEqual(formPairs(body, styles), [
      ['a', '1,2'],
      ['s', 'x y'],
      ['p', 'x|y'],
      ['o', 'k,v,n,1'],
    ]);
  });

  test('deep objects nest objects and arrays', () => {
    const deep = ['deepObject', true] as const;
    const body = {
      metadata: { order: '6735', note: null },
      expand: ['customer', 'invoice'],
      items: [{ price: 'p_1', tax_rates: ['t1'], quantity: 2 }, { price: 'p_2' }],
    };
    assert.deepEqual(formPairs(body, { metadata: deep, expand: deep, items: deep }), [
      ['metadata[order]', '6735'],
      ['expand[]', 'customer'],
      ['expand[]', 'invoice'],
      ['items[0][price]', 'p_1'],
      ['items[0][tax_rates][]', 't1'],
      ['items[0][quantity]', '2'],
      ['items[1][price]', 'p_2'],
    ]);
    assert.equal(formBody({ metadata: { 'a b': "c&d~*'" } }, { metadata: deep }), 'metadata%5Ba+b%5D=c%26d~%2A%27');
  });

  test('a JSON field travels as JSON text', () => {
    assert.deepEqual(formPairs({ data: { a: [1, true] } }, { data: ['json', true] }), [['data', '{"a":[1,true]}']]);
  });
});
