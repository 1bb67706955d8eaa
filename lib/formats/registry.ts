import { csv, tsv } from './delimited';
import { tmx } from './tmx';
import { txt } from './txt';
import type { ExportFormat } from './types';
import { xliff } from './xliff';

/** Every export format there is. */
export const EXPORT_FORMATS: ExportFormat[] = [txt, tsv, csv, xliff, tmx];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}
