import type { Encoding } from './types';
import { chineseCharacterScore } from './common-characters';

export type DecodeResult = { ok: true; text: string; encoding: Encoding } | { ok: false; error: string };

const SNIFF_BYTES = 8192;

/**
 * Decodes an article's bytes. BOMs decide first; then strict UTF-8; then the two legacy
 * Chinese encodings, which both accept most byte strings, so the one whose characters are
 * the commonly used ones wins (Big5 read as GBK, or the reverse, gives rare characters).
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  const bom = decodeWithBom(bytes);
  if (bom) return finish(bom.text, bom.encoding);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16);
  if (looksBinary(bytes)) return { ok: false, error: 'binary file, not text (contains NUL or control bytes)' };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(encoding, bytes) }))
    .filter((c): c is { encoding: 'gb18030' | 'big5'; text: string } => c.text !== null)
    .map((c) => ({ ...c, score: chineseCharacterScore(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 0.6) {
    return { ok: false, error: 'undecodable text: not UTF-8, UTF-16, GB18030/GBK or Big5' };
  }
  return finish(best.text, best.encoding);
}

function decodeWithBom(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), encoding: 'utf-8-bom' };
  }
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  return null;
}

/**
 * UTF-16 saved without a BOM (some Windows tools do): mostly-Latin text then has a NUL in
 * nearly every other byte, on one side only. Binary files have NULs scattered on both.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (end < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = end / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

const strictDecoders = new Map<string, TextDecoder>();

/** The text, or null when the bytes are not valid in this encoding. */
function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  let decoder = strictDecoders.get(encoding);
  if (!decoder) strictDecoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i += 1) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control += 1;
  }
  return control / end > 0.05;
}

/** Normalises newlines and rejects text that decoded but is mostly unreadable. */
function finish(text: string, encoding: Encoding): DecodeResult {
  let normalised = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (normalised.includes('\r')) normalised = normalised.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return { ok: false, error: 'empty file (only whitespace)' };
  const problem = unreadableReason(normalised);
  if (problem) return { ok: false, error: `garbage: decodes as ${encoding} but ${problem}` };
  return { ok: true, text: normalised, encoding };
}

const GARBAGE_SAMPLE = 5000;

/**
 * Why decoded text is not readable, or null. Replacement characters, private-use code
 * points and control characters mean the bytes were not this encoding; a flood of
 * Latin-1 letters ("ä¸Šå…š") is UTF-8 that was once mis-read as Windows-1252 and saved
 * again (mojibake). Real French or German text has a few percent of such letters.
 */
function unreadableReason(text: string): string | null {
  const end = Math.min(text.length, GARBAGE_SAMPLE);
  let visible = 0;
  let broken = 0;
  let latin1 = 0;
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0) continue;
    visible += 1;
    if (code < 0x20 || code === 0x7f || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) broken += 1;
    else if (code >= 0x80 && code <= 0xff) latin1 += 1;
  }
  if (visible === 0) return 'holds no visible characters';
  if (broken / visible > 0.2) return 'is mostly unreadable (replacement, private-use or control characters)';
  if (latin1 / visible > 0.3) return 'looks like mis-decoded text (mojibake: mostly Latin-1 symbols)';
  return null;
}
