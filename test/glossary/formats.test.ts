import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatGlossaryCsv, parseGlossaryCsv } from '../../lib/formats/glossary-csv';
import { formatGlossaryTbx, parseGlossaryTbx } from '../../lib/formats/glossary-tbx';
import { formatGlossaryTsv, parseGlossaryTsv } from '../../lib/formats/glossary-tsv';
import { previewImport } from '../../lib/glossary/import';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { entry, fixture } from './helpers';

/** Entries that stress every format: quotes, commas, newlines, tabs, markup, formula starts. */
const tricky: GlossaryEntry[] = [
  entry('yi-cheng-si-qu', '一城四区', ['"one city, four districts"', 'One City & Four Districts'], {
    tags: ['slogan', 'plan'], pos: 'other', note: 'Changzhi\'s plan;\nsee <seed 004> & "notes"\tend',
  }),
  entry('liao-guo-xun', '廖国勋', ['Liao Guoxun'], { forbidden: ['Guo-xun Liao', '=HYPERLINK("x")'], caseSensitive: true, pos: 'properNoun', tags: ['person'] }),
  entry('minus', '负增长', ['-2% growth', '+1 point', '@home'], { forbidden: ['negative growth'] }),
  entry('bare', '市长', ['Mayor']),
];

const content = (e: GlossaryEntry) => ({ ...e, updatedBy: null, updatedAt: null });

const formats: [string, (entries: GlossaryEntry[]) => string, (text: string) => ReturnType<typeof parseGlossaryCsv>][] = [
  ['CSV', formatGlossaryCsv, parseGlossaryCsv],
  ['TSV', formatGlossaryTsv, parseGlossaryTsv],
  ['TBX', formatGlossaryTbx, parseGlossaryTbx],
];

for (const [name, format, parse] of formats) {
  test(`${name} round trip: export then import loses nothing`, () => {
    const preview = previewImport([], parse(format(tricky)));
    assert.deepEqual(preview.rows.map((r) => r.action), ['add', 'add', 'add', 'add']);
    assert.deepEqual(preview.rows.map((r) => content(r.entry!)), tricky.map(content));
  });

  test(`${name} re-import of an export into the same glossary changes nothing`, () => {
    const preview = previewImport(tricky, parse(format(tricky)));
    assert.deepEqual(preview.rows.map((r) => r.action), ['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });
}

test('CSV export: UTF-8 BOM, CRLF, RFC 4180 quoting, formula cells neutralised', () => {
  const csv = formatGlossaryCsv(tricky);
  assert.ok(csv.startsWith('\uFEFFzh,en,forbidden,case_sensitive,pos,tags,note,id\r\n'));
  assert.match(csv, /,"Guo-xun Liao\|=HYPERLINK\(""x""\)",/); // a "=" inside a cell is harmless
  assert.match(csv, /\r\n负增长,'-2% growth\|\+1 point\|@home,/); // a cell starting with "-" is not
  const cells = csv.split(/[,\r\n]/).map((cell) => cell.replace(/^"/, ''));
  assert.ok(cells.every((cell) => !/^[=+\-@]/.test(cell)), 'no cell may start like a formula');
});

test('CSV import: per-row errors and actions against the glossary', () => {
  const existing = [entry('jin-zhou', '錦州', ['Jinzhou'], { tags: ['place'] }), entry('bei-chen-qu', '北辰区', ['Beichen District'], { tags: ['place'] })];
  const preview = previewImport(existing, parseGlossaryCsv(fixture('import-with-bad-rows.csv')));
  const rows = preview.rows.map((r) => [r.line, r.action, r.error ?? r.entry?.zh]);
  assert.deepEqual(rows, [
    [2, 'unchanged', '北辰区'],
    [3, 'add', '滨海国际机场'],
    [4, 'reject', 'the Chinese term is missing'],
    [5, 'reject', '"濱海國際機場" is already on line 3'],
    [6, 'reject', 'case_sensitive must be true/false, 1/0 or yes/no, not "maybe"'],
    [7, 'update', '锦州'],
  ]);
  const added = preview.rows[1]!.entry!;
  assert.deepEqual([added.tags, added.note, added.caseSensitive], [['place', 'organisation'], 'Tianjin airport (seed 001)', false]);
  const updated = preview.rows[5]!.entry!;
  assert.deepEqual([updated.id, updated.approved, updated.caseSensitive], ['jin-zhou', ['Jinzhou', 'Jinzhou City'], true]);
});

test('CSV import: an unknown column is a header error and nothing is imported', () => {
  const { rows } = previewImport([], parseGlossaryCsv('zh,en,forbiden\n市长,Mayor,\n'));
  assert.deepEqual(rows, [{ line: 1, action: 'reject', error: 'unknown column "forbiden"' }]);
});

test('CSV import: missing approved rendering and a rendering both approved and forbidden are row errors', () => {
  const { rows } = previewImport([], parseGlossaryCsv('term,target,forbidden\n市长,,\n长治,Changzhi,changzhi\n'));
  assert.deepEqual(rows.map((r) => r.error), ['no approved English rendering', '"Changzhi" is both approved and forbidden']);
});

test('CSV import: columns the file lacks keep the entry\'s values; quoted cells span lines', () => {
  const existing = [entry('sz', '市长', ['Mayor'], { forbidden: ['city chief'], note: 'old' })];
  const { rows } = previewImport(existing, parseGlossaryCsv('zh,en,note\n市长,Mayor,"line one\nline two"\n长治,Changzhi,\n'));
  assert.deepEqual(rows.map((r) => [r.line, r.action]), [[2, 'update'], [4, 'add']]);
  assert.deepEqual([rows[0]!.entry!.forbidden, rows[0]!.entry!.note], [['city chief'], 'line one\nline two']);
});

test('TBX export is TBX-Basic with preferred, admitted and deprecated terms', () => {
  const tbx = formatGlossaryTbx(tricky);
  assert.match(tbx, /<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">/);
  assert.match(tbx, /<conceptEntry id="liao-guo-xun">/);
  assert.match(tbx, /<term>Liao Guoxun<\/term><termNote type="partOfSpeech">properNoun<\/termNote><termNote type="administrativeStatus">preferredTerm-admn-sts/);
  assert.match(tbx, /<term>Guo-xun Liao<\/term>.*deprecatedTerm-admn-sts/);
  assert.match(tbx, /<term>One City &amp; Four Districts<\/term>.*admittedTerm-admn-sts/);
  assert.match(tbx, /<descrip type="subjectField">slogan<\/descrip>/);
});

test('TBX v2 <martif> files are read too; an entry without Chinese is a row error', () => {
  const { rows } = previewImport([], parseGlossaryTbx(fixture('martif-v2.tbx')));
  assert.equal(rows[0]!.action, 'add');
  assert.deepEqual(content(rows[0]!.entry!), content(entry('binhai', '滨海新区', ['Binhai New Area'], { forbidden: ['Binhai New District'], tags: ['place'] })));
  assert.deepEqual([rows[1]!.line, rows[1]!.action], [33, 'reject']);
});

test('TBX import of something that is not XML is one clear error', () => {
  const { rows } = previewImport([], parseGlossaryTbx('zh,en\n'));
  assert.equal(rows[0]!.action, 'reject');
});
