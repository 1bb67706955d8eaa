import align from './align';
import exportCommand from './export';
import glossary from './glossary';
import list from './list';
import mergeDriver from './merge-driver';
import pair from './pair';
import qa from './qa';
import replace from './replace';
import search from './search';
import show from './show';
import sync from './sync';
import terms from './terms';
import user from './user';

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code. */
  run(args: string[]): Promise<number>;
}

/** Every command there is, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [list, show, pair, align, exportCommand, glossary, terms, qa, sync, mergeDriver, user, search, replace];
