import { XMLParser } from 'fast-xml-parser';
import type { EntryDraft, GlossaryEntry } from '../glossary/types';
import type { ImportRow, ParsedGlossary } from '../glossary/import-rows';

/**
 * Glossary as TBX-Basic (ISO 30042:2019, DCA style). Per entry, one conceptEntry:
 * - tags → `<descrip type="subjectField">`, one per tag, at concept level;
 * - note → `<note>` at concept level;
 * - langSec zh: the term; langSec en: approved renderings (the first preferredTerm-admn-sts,
 *   the rest admittedTerm-admn-sts) and forbidden ones (deprecatedTerm-admn-sts);
 * - pos → `<termNote type="partOfSpeech">` on every term;
 * - the case-sensitive flag, which TBX-Basic has no category for, → `<note>case-sensitive</note>`
 *   on the zh termSec, readable by people and ignored by tools that do not know it;
 * - who and when → a transacGrp (modification, date, responsibility).
 * Import also reads TBX v2 `<martif>` files (termEntry / langSet / tig or ntig).
 */
const CASE_SENSITIVE_NOTE = 'case-sensitive';
const STATUS = { preferred: 'preferredTerm-admn-sts', admitted: 'admittedTerm-admn-sts', deprecated: 'deprecatedTerm-admn-sts' } as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function termSec(term: string, status: string, pos: string | null, extra = ''): string {
  const posNote = pos ? `<termNote type="partOfSpeech">${escapeXml(pos)}</termNote>` : '';
  return `<termSec><term>${escapeXml(term)}</term>${posNote}<termNote type="administrativeStatus">${status}</termNote>${extra}</termSec>`;
}

function conceptEntry(entry: GlossaryEntry): string {
  const lines = [`<conceptEntry id="${escapeXml(entry.id)}">`];
  for (const tag of entry.tags) lines.push(`  <descrip type="subjectField">${escapeXml(tag)}</descrip>`);
  if (entry.note) lines.push(`  <note>${escapeXml(entry.note)}</note>`);
  if (entry.updatedAt || entry.updatedBy) {
    const who = entry.updatedBy ? `<transacNote type="responsibility">${escapeXml(entry.updatedBy)}</transacNote>` : '';
    const when = entry.updatedAt ? `<date>${escapeXml(entry.updatedAt)}</date>` : '';
    lines.push(`  <transacGrp><transac type="transactionType">modification</transac>${when}${who}</transacGrp>`);
  }
  const caseNote = entry.caseSensitive ? `<note>${CASE_SENSITIVE_NOTE}</note>` : '';
  lines.push(`  <langSec xml:lang="zh">${termSec(entry.zh, STATUS.preferred, entry.pos, caseNote)}</langSec>`);
  const english = [
    ...entry.approved.map((term, i) => termSec(term, i === 0 ? STATUS.preferred : STATUS.admitted, entry.pos)),
    ...entry.forbidden.map((term) => termSec(term, STATUS.deprecated, entry.pos)),
  ];
  if (english.length > 0) lines.push(`  <langSec xml:lang="en">\n    ${english.join('\n    ')}\n  </langSec>`);
  lines.push('</conceptEntry>');
  return lines.map((line) => `      ${line}`).join('\n');
}

export function formatGlossaryTbx(entries: readonly GlossaryEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc><sourceDesc><p>Shenjiao glossary</p></sourceDesc></fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...entries.map(conceptEntry),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}

const LISTS = new Set(['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'ntig', 'termGrp', 'termNote', 'descrip', 'note', 'descripGrp']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: true,
  isArray: (name) => LISTS.has(name),
});

type Node = Record<string, unknown>;

export function parseGlossaryTbx(text: string): ParsedGlossary {
  let document: Node;
  try {
    document = parser.parse(text.replace(/^\uFEFF/, '')) as Node;
  } catch (error) {
    return { rows: [{ line: 1, error: `not well-formed XML: ${(error as Error).message}` }], fields: [] };
  }
  const root = (document.tbx ?? document.martif) as Node | undefined;
  const body = ((root?.text as Node | undefined)?.body ?? null) as Node | null;
  if (!root || !body) return { rows: [{ line: 1, error: 'no <tbx> or <martif> document with a <text><body>' }], fields: [] };
  const concepts = [...list(body.conceptEntry), ...list(body.termEntry)];
  const lines = entryLines(text);
  const rows = concepts.map((concept, i): ImportRow => ({ line: lines[i] ?? 1, ...conceptToDraft(concept) }));
  return { rows, fields: ['id', 'zh', 'approved', 'forbidden', 'caseSensitive', 'pos', 'note', 'tags'] };
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

/** Text of an element that may have attributes (then its text is under "#text"). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return String((value as Node)['#text'] ?? '');
  return '';
}

/** Line numbers of the entries' opening tags: the parser keeps no positions. */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  for (const match of text.matchAll(/<(?:conceptEntry|termEntry)[\s>]/g)) {
    for (let i = last; i < match.index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

interface TbxTerm {
  term: string;
  status: string | null;
  pos: string | null;
  notes: string[];
}

/** termSec (TBX v3), tig (v2) and ntig/termGrp (v2) as one shape. */
function termsOf(langSec: Node): TbxTerm[] {
  const holders = [...list(langSec.termSec), ...list(langSec.tig), ...list(langSec.ntig).flatMap((n) => list(n.termGrp))];
  return holders.map((holder) => {
    const notes = list(holder.termNote);
    const noteOf = (type: string) => textOf(notes.find((n) => n['@type'] === type)) || null;
    return {
      term: textOf(holder.term).trim(),
      status: noteOf('administrativeStatus'),
      pos: noteOf('partOfSpeech'),
      notes: list(holder.note).map(textOf),
    };
  }).filter((t) => t.term !== '');
}

function conceptToDraft(concept: Node): { draft?: EntryDraft; error?: string } {
  const byLang = new Map<string, TbxTerm[]>();
  for (const langSec of [...list(concept.langSec), ...list(concept.langSet)]) {
    const lang = String(langSec['@lang'] ?? '').toLowerCase().split('-')[0]!;
    byLang.set(lang, [...(byLang.get(lang) ?? []), ...termsOf(langSec)]);
  }
  const zh = byLang.get('zh')?.[0];
  if (!zh) return { error: 'the Chinese term is missing (no langSec xml:lang="zh" with a term)' };
  // Preferred first, whatever order the file lists them in.
  const rank = (t: TbxTerm) => (/preferred/i.test(t.status ?? '') ? 0 : 1);
  const english = [...(byLang.get('en') ?? [])].sort((a, b) => rank(a) - rank(b));
  const isForbidden = (t: TbxTerm) => /deprecated|superseded|notRecommended|forbidden/i.test(t.status ?? '');
  const descrips = [...list(concept.descrip), ...list(concept.descripGrp).flatMap((g) => list(g.descrip))];
  const notes = list(concept.note).map(textOf).filter(Boolean);
  const id = String(concept['@id'] ?? '').trim();
  return {
    draft: {
      ...(id ? { id } : {}),
      zh: zh.term,
      approved: english.filter((t) => !isForbidden(t)).map((t) => t.term),
      forbidden: english.filter(isForbidden).map((t) => t.term),
      caseSensitive: zh.notes.includes(CASE_SENSITIVE_NOTE),
      pos: zh.pos ?? english[0]?.pos ?? null,
      note: notes.length > 0 ? notes.join('\n') : null,
      tags: descrips.filter((d) => d['@type'] === 'subjectField').map(textOf).filter(Boolean),
    },
  };
}
