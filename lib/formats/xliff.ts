import { conflictNote, exportedText, type ExportFormat } from './types';
import { xml } from './xml';

const STATE = { untouched: 'initial', edited: 'translated', confirmed: 'final' } as const;

/**
 * XLIFF 2.1 (OASIS): one <unit> per row. Source is the Chinese, target the English; an
 * article reviewed without its original is exported as English post-editing (source = MT).
 * The machine output rides along in a note, so a CAT tool sees what was corrected.
 */
export const xliff: ExportFormat = {
  id: 'xliff',
  extension: 'xlf',
  mimeType: 'application/xliff+xml; charset=utf-8',
  render({ en, zh, rows, drafts }) {
    const srcLang = zh ? 'zh-CN' : 'en';
    const units = rows.map((row, index) => {
      const hasCorrection = row.state === 'confirmed' || (drafts && row.state === 'edited');
      const state = hasCorrection ? STATE[row.state] : 'initial';
      const source = zh ? (row.zh ?? '') : row.mt;
      return [
        `    <unit id="u${index + 1}" name="${xml(row.id)}">`,
        `      <notes><note category="mt">${xml(row.mt)}</note>${row.conflict ? `<note category="conflict">${xml(conflictNote(row))}</note>` : ''}</notes>`,
        `      <segment state="${state}">`,
        `        <source>${xml(source)}</source>`,
        `        <target>${xml(exportedText(row, drafts))}</target>`,
        '      </segment>',
        '    </unit>',
      ].join('\n');
    });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${srcLang}" trgLang="en">`,
      `  <file id="f1" original="${xml(en.file)}">`,
      ...units,
      '  </file>',
      '</xliff>',
      '',
    ].join('\n');
  },
};
