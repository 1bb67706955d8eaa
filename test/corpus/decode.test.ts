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

  test('short files: a GBK headline and a Big5 headline', () => {
    const gbk = decodeText(fixture('short.gbk.txt'));
    assert.ok(gbk.ok);
    assert.equal(gbk.encoding, 'gb18030');
    assert.equal(gbk.text, '上党区委书记张驰：全面融入“一城四区”努力建设“四宜”上党\n');
    const big5 = decodeText(fixture('short.big5.txt'));
    assert.ok(big5.ok);
    assert.equal(big5.encoding, 'big5');
    assert.equal(big5.text, '「縣(區)委書記訪談」上黨區委書記張馳:全面融入“一城四區”努力建設“四宜”上黨\n');
  });

  test('English in UTF-16 BE with BOM', () => {
    const result = decodeText(fixture('000-head.utf16be.txt'));
    assert.ok(result.ok);
    assert.equal(result.encoding, 'utf-16be');
    assert.equal(result.text, readFileSync(new URL('../fixtures/corpus/000-head.utf8.txt', import.meta.url), 'utf8'));
  });

  test('English in UTF-16 without a BOM', () => {
    const withBom = fixture('000-head.utf16be.txt');
    const result = decodeText(withBom.subarray(2));
    assert.ok(result.ok);
    assert.equal(result.encoding, 'utf-16be');
    assert.match(result.text, /^Zhang Kun, Secretary of Taixing/);
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
    ['mojibake (UTF-8 once read as Windows-1252)', fixture('004-head.mojibake.txt'), /garbage.*mojibake/],
    ['replacement characters', new TextEncoder().encode('\uFFFD'.repeat(50) + ' the end'), /garbage.*unreadable/],
    ['control characters', new TextEncoder().encode('\u0001\u0002\u0003\u0004 text \u0005\u0006\u0007'), /binary/],
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

test('a little accented Latin is not mojibake', () => {
  const result = decodeText(new TextEncoder().encode('Le maire a présenté le programme de rénovation urbaine à Genève.'));
  assert.ok(result.ok);
});

test('the same article whatever its encoding', async () => {
  const { parseArticle } = await import('../../lib/corpus/article');
  const read = (file: string) => {
    const bytes = fixture(file);
    return parseArticle({ file, bytes, size: 0, mtimeMs: 0 });
  };
  const reference = read('004-head.utf8.txt');
  assert.equal(reference.date, '2022-10-08 17:52:22');
  for (const file of ['004-head.utf8bom.txt', '004-head.utf16le.txt', '004-head.utf16be.txt', '004-head.gbk.txt']) {
    const article = read(file);
    assert.deepEqual({ ...article, file: '', id: '', encoding: null }, { ...reference, file: '', id: '', encoding: null }, file);
  }
  const big5 = read('004-head.big5.txt');
  assert.equal(big5.lang, 'zh');
  assert.equal(big5.date, reference.date);
  assert.equal(big5.body.length, reference.body.length);
});
