import path from 'node:path';
import { dataDir } from '../config';
import { readJsonFile } from '../storage/atomic';
import { DEFAULT_QA_SETTINGS, QaSettingsSchema, type QaSettings } from './settings';

/** Where a corpus keeps its QA house style: <corpus>/_shenjiao/qa-settings.json. */
export const QA_SETTINGS_FILE = 'qa-settings.json';

/**
 * The corpus's QA settings; the defaults when it has no file. A file that does not parse
 * or names an unknown key or value is an error naming the file, not silently ignored.
 */
export async function readQaSettings(corpusDir: string): Promise<QaSettings> {
  return (await readJsonFile(qaSettingsFile(corpusDir), QaSettingsSchema)) ?? DEFAULT_QA_SETTINGS;
}

export function qaSettingsFile(corpusDir: string): string {
  return path.join(dataDir(corpusDir), QA_SETTINGS_FILE);
}
