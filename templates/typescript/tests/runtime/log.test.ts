// The log: levels, the warning for an unknown level, and secrets kept out of what is logged.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { levelled, parseLogLevel, redactingLogger, type Logger } from '../../src/core/log.js';
import { isSecretName, redactText, redactURL, redactValue } from '../../src/core/redact.js';

function recorder(): { logger: Logger; lines: unknown[][] } {
  const lines: unknown[][] = [];
  const record =
    (level: string) =>
    (...args: unknown[]): void => {
      lines.push([level, ...args]);
    };
  const logger = { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') };
  return { logger, lines };
}

describe('log levels', () => {
  test('a level logs itself and what is more severe', () => {
    const { logger, lines } = recorder();
    const log = levelled(logger, 'warn');
    log.error('e');
    log.warn('w');
    log.info('i');
    log.debug('d');
    assert.deepEqual(lines, [['error', 'e'], ['warn', 'w']]);
  });

  test('an unknown level is warned about and skipped', () => {
    const warned: string[] = [];
    assert.equal(parseLogLevel('info', 'X', (m) => warned.push(m)), 'info');
    assert.equal(parseLogLevel(undefined, 'X', (m) => warned.push(m)), undefined);
    assert.equal(parseLogLevel('loud', 'X', (m) => warned.push(m)), undefined);
    assert.deepEqual(warned, ['X was set to "loud", expected one of ["off","error","warn","info","debug"]']);
  });
});

describe('redaction', () => {
  test('credential names', () => {
    const secrets = ['Authorization', 'x-api-key', 'api_key', 'Cookie', 'client_secret', 'sig'];
    secrets.push('accessToken', 'bearerAuth');
    for (const name of secrets) {
      assert.ok(isSecretName(name), name);
    }
    for (const name of ['content-type', 'x-request-id', 'limit', 'after', 'headers', 'keep-alive']) {
      assert.ok(!isSecretName(name), name);
    }
  });

  test('text, URLs and values', () => {
    assert.equal(redactText('Authorization: Bearer sk-1, x: 2'), 'Authorization: [REDACTED], x: 2');
    assert.equal(redactText('https://u:p@host/a?token=t&b=1'), 'https://[REDACTED]@host/a?token=[REDACTED]&b=1');
    assert.equal(redactText('via user:pw@proxy:8080 and a@b'), 'via [REDACTED]@proxy:8080 and a@b');
    assert.equal(redactURL('https://u:p@host/a?api_key=k&b=1#f'), 'https://host/a?api_key=***&b=1');
    const headers = new Headers({ authorization: 'Bearer sk', accept: 'application/json' });
    const nested = { password: 'p', list: [['cookie', 'c'], 'ok'] };
    const value = redactValue({ headers, nested, bytes: new Uint8Array(2) });
    assert.deepEqual(JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Headers ? Object.fromEntries(v) : v))), {
      headers: { accept: 'application/json', authorization: '[REDACTED]' },
      nested: { password: '[REDACTED]', list: [['cookie', '[REDACTED]'], 'ok'] },
      bytes: '[REDACTED]',
    });
  });

  test('a redacting logger redacts every argument, once wrapped', () => {
    const { logger, lines } = recorder();
    const wrapped = redactingLogger(logger);
    assert.equal(redactingLogger(wrapped), wrapped);
    wrapped.info('token=abc', { apiKey: 'sk' });
    assert.deepEqual(lines, [['info', 'token=[REDACTED]', { apiKey: '[REDACTED]' }]]);
  });
});
