import { conflictNote, exportedText, type ExportFormat } from './types';
import { xml } from './xml';

/**
 * TMX 1.4b (LISA): a translation unit per confirmed row (and edited rows when drafts are
 * asked for), Chinese and English. A translation memory must hold only approved text, and
 * an article reviewed without its original has no source language: its TMX has no units.
 */
export const tmx: ExportFormat = {
  id: 'tmx',
  extension: 'tmx',
  mimeType: 'application/x-tmx+xml; charset=utf-8',
  render({ en, zh, rows, drafts }) {
    const units = zh
      ? rows
          .filter((row) => row.zh && (row.state === 'confirmed' || (drafts && row.state === 'edited')))
          .map((row) =>
            [
              `    <tu tuid="${xml(row.id)}">`,
              `      <prop type="x-state">${row.state}</prop>`,
              ...(row.conflict ? [`      <prop type="x-conflict">${xml(conflictNote(row))}</prop>`] : []),
              `      <tuv xml:lang="zh-CN"><seg>${xml(row.zh ?? '')}</seg></tuv>`,
              `      <tuv xml:lang="en"><seg>${xml(exportedText(row, drafts))}</seg></tuv>`,
              '    </tu>',
            ].join('\n'),
          )
      : [];
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4">',
      `  <header creationtool="Shenjiao" creationtoolversion="0.1" segtype="sentence" o-tmf="shenjiao" adminlang="en" srclang="zh-CN" datatype="plaintext">`,
      `    <prop type="x-source-file">${xml(zh?.file ?? '')}</prop>`,
      `    <prop type="x-target-file">${xml(en.file)}</prop>`,
      '  </header>',
      '  <body>',
      ...units,
      '  </body>',
      '</tmx>',
      '',
    ].join('\n');
  },
};
