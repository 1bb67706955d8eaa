import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parseArticle } from '../../lib/corpus/article';
import { csv, tsv } from '../../lib/formats/delimited';
import { tmx } from '../../lib/formats/tmx';
import { txt } from '../../lib/formats/txt';
import type { ExportInput } from '../../lib/formats/types';
import { xliff } from '../../lib/formats/xliff';
import { settledForExport } from '../../lib/formats/types';
import type { ReviewRow } from '../../lib/review/types';

const article = (text: string, file: string) => parseArticle({ id: file, file, bytes: new TextEncoder().encode(text), size: 0, mtimeMs: 0 });
const en = article('Headline here\n\nFirst sentence.Second one.\n\nThird <b>&</b> "last".', 'en.txt');
const zh = article('标题\n\n第一句。第二句。\n\n第三句。', 'zh.txt');

function row(id: string, zhText: string, mt: string, text: string, state: ReviewRow['state'], start: number): ReviewRow {
  return { id, zh: zhText, mt, text, state, revision: state === 'untouched' ? 0 : 1, reviewer: state === 'untouched' ? null : 'Wang', updatedAt: null, stale: null, conflict: null, history: [], dismissals: [], annotations: [], zhSpans: [], enSpans: [[start, start + mt.length]] };
}

const rows: ReviewRow[] = [
  row('s0-13', '标题', 'Headline here', 'The headline', 'confirmed', 0),
  row('s15-30', '第一句。', 'First sentence.', '=HYPERLINK("x")', 'edited', 15),
  row('s30-41', '第二句。', 'Second one.', 'Second one.', 'untouched', 30),
  row('s43-62', '第三句。', 'Third <b>&</b> "last".', 'Third & “last”.', 'confirmed', 43),
];
const input: ExportInput = { en, zh, rows, drafts: false };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('exports', () => {
  test('TXT: headline, blank line, paragraphs; unconfirmed edits left out unless asked for', () => {
    assert.equal(txt.render(input), 'The headline\n\nFirst sentence. Second one.\n\nThird & “last”.\n');
    assert.equal(txt.render({ ...input, drafts: true }), 'The headline\n\n=HYPERLINK("x") Second one.\n\nThird & “last”.\n');
  });

  test('CSV: BOM, quoting, formulas neutralised', () => {
    const out = csv.render(input);
    assert.ok(out.startsWith('\uFEFFrow,id,chinese,mt,corrected,state'));
    assert.match(out, /"'=HYPERLINK\(""x""\)"/);
    assert.equal(out.split('\r\n').length, 6);
  });

  test('TSV: one line per row, tabs and newlines escaped', () => {
    const out = tsv.render({ ...input, rows: [{ ...rows[0]!, text: 'a\tb\nc' }] });
    assert.deepEqual(out.trimEnd().split('\n')[1]!.split('\t').slice(4, 6), ['a\\tb\\nc', 'confirmed']);
  });

  test('XLIFF 2.1 parses back, one unit per row with source, target and state', () => {
    const doc = parser.parse(xliff.render(input));
    assert.equal(doc.xliff['@version'], '2.1');
    assert.equal(doc.xliff['@srcLang'], 'zh-CN');
    const units = doc.xliff.file.unit as { segment: { '@state': string; source: string; target: string } }[];
    assert.equal(units.length, 4);
    assert.deepEqual(units.map((u) => u.segment['@state']), ['final', 'initial', 'initial', 'final']);
    assert.deepEqual(units.map((u) => u.segment.source), ['标题', '第一句。', '第二句。', '第三句。']);
    assert.equal(units[3]!.segment.target, 'Third & “last”.');
    assert.equal(units[1]!.segment.target, 'First sentence.', 'an unconfirmed edit is not exported by default');
  });

  test('TMX 1.4b parses back with the confirmed rows only', () => {
    const doc = parser.parse(tmx.render(input));
    assert.equal(doc.tmx['@version'], '1.4');
    assert.equal(doc.tmx.header['@srclang'], 'zh-CN');
    const tus = doc.tmx.body.tu as { tuv: { '@xml:lang': string; seg: string }[] }[];
    assert.equal(tus.length, 2);
    assert.deepEqual(tus[1]!.tuv.map((t) => [t['@xml:lang'], t.seg]), [['zh-CN', '第三句。'], ['en', 'Third & “last”.']]);
  });

  test('an article reviewed alone: XLIFF from English MT to English, TMX without units', () => {
    const mono = { ...input, zh: null, rows: rows.map((r) => ({ ...r, zh: null })) };
    const doc = parser.parse(xliff.render(mono));
    assert.equal(doc.xliff['@srcLang'], 'en');
    assert.equal(doc.xliff.file.unit[0].segment.source, 'Headline here');
    assert.equal(parser.parse(tmx.render(mono)).tmx.body, '');
  });

  test('CSV: every formula prefix neutralised, quotes and newlines quoted (RFC 4180)', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', 'say "hi", then\nleave', 'plain'];
    const out = csv.render({ ...input, drafts: true, rows: cells.map((text, i) => ({ ...rows[0]!, id: `s${i}`, text })) });
    const corrected = parseCsv(out.slice(1)).slice(1).map((record) => record[4]);
    assert.deepEqual(corrected, ["'=1+1", "'+1", "'-1", "'@SUM(A1)", 'say "hi", then\nleave', 'plain']);
  });

  test('TSV: a backslash in a cell survives the escaping', () => {
    const out = tsv.render({ ...input, rows: [{ ...rows[0]!, text: 'C:\\new\ttab' }] });
    assert.equal(out.trimEnd().split('\n')[1]!.split('\t')[4], 'C:\\\\new\\ttab');
  });

  test('XML exports drop control characters XML cannot hold and escape the rest', () => {
    const nasty = { ...rows[0]!, text: 'a\u0001b <c> & "d" \'e\'' };
    const doc = parser.parse(xliff.render({ ...input, rows: [nasty] }));
    assert.equal(doc.xliff.file.unit.segment.target, 'ab <c> & "d" \'e\'');
  });

  test('with drafts asked for, TMX also holds edited rows, XLIFF marks them translated', () => {
    const drafts = { ...input, drafts: true };
    const tus = parser.parse(tmx.render(drafts)).tmx.body.tu as { tuv: { seg: string }[] }[];
    assert.deepEqual(tus.map((tu) => tu.tuv[1]!.seg), ['The headline', '=HYPERLINK("x")', 'Third & “last”.']);
    const units = parser.parse(xliff.render(drafts)).xliff.file.unit as { '@name': string; segment: { '@state': string; target: string } }[];
    assert.deepEqual(units.map((u) => [u['@name'], u.segment['@state'], u.segment.target]), [
      ['s0-13', 'final', 'The headline'],
      ['s15-30', 'translated', '=HYPERLINK("x")'],
      ['s30-41', 'initial', 'Second one.'],
      ['s43-62', 'final', 'Third & “last”.'],
    ]);
  });
});

/** A small RFC 4180 reader, to check the CSV the way a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(cell), records.push(record), (record = []), (cell = ''), (i += 1);
    else cell += c;
  }
  return records;
}

test('a row in merge conflict exports its last confirmed text and is marked in XLIFF, TMX and TSV', () => {
  const side = (text: string, reviewer: string) => ({ text, state: 'edited' as const, reviewer, updatedAt: null });
  const conflicted: ReviewRow = { ...rows[0]!, text: 'Our headline', state: 'edited', conflict: { ours: side('Our headline', 'Wang'), theirs: side('Their headline', 'Li'), lastConfirmed: 'The headline' } };
  const settled = { ...input, rows: [settledForExport(conflicted), ...rows.slice(1).map(settledForExport)] };
  const unit = (parser.parse(xliff.render(settled)).xliff.file.unit as { notes: { note: { '@category': string; '#text': string }[] }; segment: { '@state': string; target: string } }[])[0]!;
  assert.deepEqual([unit.segment['@state'], unit.segment.target], ['final', 'The headline']);
  assert.match(unit.notes.note.find((n) => n['@category'] === 'conflict')!['#text'], /Wang: Our headline \| Li: Their headline/);
  const tu = (parser.parse(tmx.render(settled)).tmx.body.tu as { prop: { '@type': string; '#text': string }[]; tuv: { seg: string }[] }[])[0]!;
  assert.equal(tu.tuv[1]!.seg, 'The headline');
  assert.ok(tu.prop.some((p) => p['@type'] === 'x-conflict'));
  const line = tsv.render(settled).split('\n')[1]!.split('\t');
  assert.deepEqual([line[4], line[5]], ['The headline', 'confirmed']);
  assert.match(line[8]!, /^Unresolved: two versions/);
  const never = settledForExport({ ...conflicted, conflict: { ...conflicted.conflict!, lastConfirmed: null } });
  assert.deepEqual([never.text, never.state], [conflicted.mt, 'untouched']);
});
