// Runtime file copied verbatim by sdkgen. Do not edit.
// What goes out: path parameters, query strings, merged headers and multipart bodies.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { buildHeaders } from '../../src/core/headers.js';
import { cookieHeader, headerParam, pathParam, styled } from '../../src/core/parameters.js';
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

  test('a styled query value ignores the array format', () => {
    const cases: Array<[unknown, string, boolean, string]> = [
      [['a', 'b'], 'form', true, 'tags=a&tags=b'],
      [['a', 'b'], 'form', false, 'tags=a%2Cb'],
      [['a', 'b'], 'spaceDelimited', false, 'tags=a%20b'],
      [['a', 'b'], 'pipeDelimited', false, 'tags=a%7Cb'],
      [{ r: 1, g: true }, 'form', true, 'r=1&g=true'],
      [{ r: 1, g: 2 }, 'form', false, 'tags=r%2C1%2Cg%2C2'],
      [{ r: 1, g: { x: [3, 4] } }, 'deepObject', true, 'tags%5Br%5D=1&tags%5Bg%5D%5Bx%5D%5B%5D=3&tags%5Bg%5D%5Bx%5D%5B%5D=4'],
      [['a'], 'deepObject', true, 'tags%5B%5D=a'],
      ['x', 'pipeDelimited', false, 'tags=x'],
    ];
    for (const [value, style, explode, expected] of cases) {
      assert.equal(stringifyQuery({ tags: styled(value, style, explode) }, 'brackets'), expected);
    }
    assert.equal(styled(undefined, 'form', false), undefined);
  });

  test('path, header and cookie styles', () => {
    assert.equal(pathParam('id', [3, 4], 'simple', false), '3,4');
    assert.equal(pathParam('id', [3, 4], 'label', false), '.3,4');
    assert.equal(pathParam('id', [3, 4], 'label', true), '.3.4');
    assert.equal(pathParam('id', 5, 'matrix', false), ';id=5');
    assert.equal(pathParam('id', [3, 4], 'matrix', true), ';id=3;id=4');
    assert.equal(pathParam('id', { r: 1, g: 2 }, 'matrix', true), ';r=1;g=2');
    assert.equal(headerParam({ r: 1, g: 2 }, true), 'r=1,g=2');
    assert.equal(headerParam({ r: 1, g: 2 }, false), 'r,1,g,2');
    assert.equal(headerParam(undefined, false), undefined);
    assert.equal(
      cookieHeader({ a: 'x y;z', c: null, d: [1, 2], e: styled([1, 2], 'form', false), f: undefined }),
      'a=x%20y%3Bz; d=1; d=2; e=1,2',
    );
    assert.equal(cookieHeader({ a: undefined }), undefined);
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
