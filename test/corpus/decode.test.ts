import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { decodeText } from '../../lib/corpus/decode';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url)));
const original = readFileSync(new URL('../fixtures/corpus/004-head.utf8.txt', import.meta.url), 'utf8');

describe('decodeText', () => {
  const cases: [string, string][] = [
    ['004-head.utf8.txt', 'utf-8'],
    ['004-head.utf8bom.txt', 'utf-8-bom'],
    ['004-head.utf16le.txt', 'utf-16le'],
    ['004-head.utf16be.txt', 'utf-16be'],
    ['004-head.gbk.txt', 'gb18030'],
  ];
  for (const [file, encoding] of cases) {
    test(`${file} decodes as ${encoding} to the original text`, () => {
      const result = decodeText(fixture(file));
      assert.ok(result.ok, !result.ok ? result.error : '');
      assert.equal(result.encoding, encoding);
      assert.equal(result.text, original);
    });
  }

  test('Big5 without BOM is told apart from GBK', () => {
    const result = decodeText(fixture('004-head.big5.txt'));
    assert.ok(result.ok);
    assert.equal(result.encoding, 'big5');
    assert.match(result.text, /上黨區委書記張馳/);
  });

  test('CRLF and lone CR become LF', () => {
    const result = decodeText(fixture('002-head.crlf.txt'));
    assert.ok(result.ok);
    assert.ok(!result.text.includes('\r'));
    assert.equal(decodeText(new TextEncoder().encode('a\rb\r\nc')).ok && (decodeText(new TextEncoder().encode('a\rb\r\nc')) as { text: string }).text, 'a\nb\nc');
  });

  const bad: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(), /empty/],
    ['whitespace only', new TextEncoder().encode(' \n\t\n'), /empty/],
    ['binary with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]), /binary/],
    ['random high bytes', randomHighBytes(4000), /undecodable|garbage/],
  ];
  for (const [name, bytes, reason] of bad) {
    test(`refuses ${name} with a reason`, () => {
      const result = decodeText(bytes);
      assert.equal(result.ok, false);
      assert.match((result as { error: string }).error, reason);
    });
  }
});

/** Deterministic bytes ≥ 0x80 that are valid in no Chinese encoding as readable text. */
function randomHighBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 7;
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = 0x80 + (seed % 0x7f);
  }
  return bytes;
}
