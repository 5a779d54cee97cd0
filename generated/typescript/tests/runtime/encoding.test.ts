// Runtime file copied verbatim by sdkgen. Do not edit.
// What goes out: path parameters, query strings, merged headers and multipart bodies.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { buildHeaders } from '../../src/core/headers.js';
import { path } from '../../src/core/path.js';
import { stringifyQuery } from '../../src/core/query.js';
import { multipartBody, toFile } from '../../src/core/uploads.js';

describe('encoding', () => {
  test('a path parameter stays one segment', () => {
    assert.equal(path`/items/${'a/b c?d#é%'}`, '/items/a%2Fb%20c%3Fd%23%C3%A9%25');
    assert.equal(path`/items/${"!$&'()*+,;=:@-._~"}/x`, "/items/!$&'()*+,;=:@-._~/x");
    assert.equal(path`/items/${123}`, '/items/123');
  });

  test('a value that names no segment throws, pointing at it', () => {
    assert.throws(
      () => path`/a/${'..'}/b/${null}`,
      (error: Error) =>
        error.message ===
        'Path parameters result in path with invalid segments:\n' +
          'Value ".." can\'t be safely passed as a path parameter\n' +
          'Value of type Null is not a valid path parameter\n' +
          '/a/../b/null\n' +
          '   ^^   ^^^^',
    );
    assert.throws(() => path`/a/${{}}`, /Value of type Object is not a valid path parameter/);
  });

  test('query strings in each array format', () => {
    const query = { a: ['x y', 'z'], n: 0, t: true, nil: null, skip: undefined, o: { k: 'v' }, e: [] };
    assert.equal(stringifyQuery(query, 'brackets'), 'a%5B%5D=x%20y&a%5B%5D=z&n=0&t=true&nil=&o%5Bk%5D=v');
    assert.equal(stringifyQuery(query, 'repeat'), 'a=x%20y&a=z&n=0&t=true&nil=&o%5Bk%5D=v');
    assert.equal(stringifyQuery(query, 'comma'), 'a=x%20y,z&n=0&t=true&nil=&o%5Bk%5D=v');
    assert.equal(stringifyQuery({ s: "!'()*~&=+" }, 'brackets'), 's=%21%27%28%29%2A~%26%3D%2B');
  });

  test('headers merge case-insensitively, later sources winning, null removing', () => {
    const headers = buildHeaders([
      { Accept: 'application/json', 'X-A': '1', 'X-B': '1' },
      [['x-a', '2']],
      new Headers({ 'X-C': '3' }),
      { 'x-b': null, 'X-Multi': ['a', 'b'], 'X-Kept': undefined },
    ]);
    assert.deepEqual([...headers.entries()], [
      ['accept', 'application/json'],
      ['x-a', '2'],
      ['x-c', '3'],
      ['x-multi', 'a, b'],
    ]);
  });

  test('a multipart body: files, fields, arrays and objects', async () => {
    const form = await multipartBody({
      file: new TextEncoder().encode('contents'),
      named: { data: 'text', filename: 'notes.txt', contentType: 'text/plain' },
      purpose: 'assistants',
      tags: ['a', 'b'],
      meta: { k: 1 },
      nothing: undefined,
    });
    assert.deepEqual(
      [...form.keys()],
      ['file', 'named', 'purpose', 'tags[]', 'tags[]', 'meta[k]'],
    );
    const named = form.get('named') as File;
    assert.equal(named.name, 'notes.txt');
    assert.equal(named.type, 'text/plain');
    assert.equal(await named.text(), 'text');
    assert.equal(((await toFile(new Blob(['x']), 'x.bin')) as File).name, 'x.bin');
  });
});
