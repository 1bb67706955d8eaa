// Every command there is, in the order `--help` lists them, with its help. A command's code
// (and the part of the engine it needs: dictionaries, converters) is loaded only when it
// runs, so `show` or `--help` never pay for what `qa` needs.

export interface CliCommand {
  /** Returns the exit code. */
  run(args: string[]): Promise<number>;
}

export interface CommandEntry {
  name: string;
  summary: string;
  /** Usage lines, options and notes, as `<command> --help` prints them after the summary. */
  help: string;
  load: () => Promise<{ default: CliCommand }>;
}

const COMMON = `  --corpus DIR   corpus folder (default: $SHENJIAO_CORPUS, else ./corpus)
  --help, -h     this help`;

export const COMMANDS: CommandEntry[] = [
  {
    name: 'list',
    summary: 'every article of the corpus',
    help: `Usage: shenjiao list [--corpus DIR] [--json]

Options:
  --json         {"articles":[{"id","file","lang","title","date","source","encoding","chars","words","error"}]}
${COMMON}`,
    load: () => import('./list'),
  },
  {
    name: 'show',
    summary: 'one article: metadata, body, set-apart boilerplate',
    help: `Usage: shenjiao show <id|path> [--corpus DIR] [--json]

Options:
  --json         {"id","file","lang","title","date","source","encoding","byline","body":[…],"boilerplate":[…]}
${COMMON}`,
    load: () => import('./show'),
  },
  {
    name: 'pair',
    summary: 'which English article translates which Chinese one',
    help: `Usage: shenjiao pair [--corpus DIR] [--json]

Options:
  --json         {"pairs":[{"zh":{"id","file"},"en":{…},"score","decision"}],"unpaired":[…]}
${COMMON}`,
    load: () => import('./pair'),
  },
  {
    name: 'align',
    summary: 'the sentence alignment of two articles, or of every pair',
    help: `Usage: shenjiao align <zh id|path> <en id|path> [--corpus DIR] [--json]
       shenjiao align --all [--corpus DIR] --jsonl

Options:
  --json         {"rows":[{"zh":[{"text","start","end"}],"en":[…],"score"}]}
  --all          every active pair of the corpus, in the rows its review shows
                 (the reviewer's own layout where there is one), in one process
  --jsonl        with --all: one line per pair as it is done,
                 {"zh":{"id","file"},"en":{"id","file"},"rows":[…as --json…]}
${COMMON}

With --all, progress (count and rate) goes to stderr when stderr is a terminal, and
cores left idle by other work run worker threads (SHENJIAO_THREADS=N sets the number).`,
    load: () => import('./align'),
  },
  {
    name: 'export',
    summary: 'reviewed English as txt, tsv, csv, xliff or tmx',
    help: `Usage: shenjiao export <en id|path> --format FMT [--out FILE] [--drafts]
       shenjiao export --all --format FMT --out DIR [--drafts]

Options:
  --format FMT   txt (default), tsv, csv, xliff or tmx
  --out FILE|DIR where to write (default: stdout; a folder with --all)
  --drafts       include corrections not yet confirmed
${COMMON}`,
    load: () => import('./export'),
  },
  {
    name: 'glossary',
    summary: 'import or export the term glossary',
    help: `Usage: shenjiao glossary import FILE [--format csv|tsv|tbx] [--json]
       shenjiao glossary export [--format csv|tsv|tbx] [--out FILE]

Options:
  --format FMT   csv (default; for import, guessed from the file name), tsv or tbx
  --out FILE     export into a file instead of stdout
  --json         import: {"added","updated","unchanged","rejected":[{"line","error"}]}
${COMMON}

Import exits with 1 when any row was rejected.`,
    load: () => import('./glossary'),
  },
  {
    name: 'terms',
    summary: 'glossary terms in an article and whether its translation uses them',
    help: `Usage: shenjiao terms <id|path> [--corpus DIR] [--json]

Options:
  --json         {"matches":[{"term","start","end","approved","found","forbidden"}]}
${COMMON}`,
    load: () => import('./terms'),
  },
  {
    name: 'qa',
    summary: 'QA checks: a pair, an English article, a bilingual TSV, or the whole corpus',
    help: `Usage: shenjiao qa <zh id|path> <en id|path> [--json] [--fail-on major|minor]
       shenjiao qa <en id|path> [--json] [--fail-on major|minor]
       shenjiao qa --tsv FILE [--json] [--fail-on major|minor]
       shenjiao qa --all [--corpus DIR] --jsonl [--fail-on major|minor]

  <zh> <en>      the two articles aligned, the machine translation checked
  <en>           an English article as its review page checks it: against its paired
                 original if it has one, else alone; the reviewer's current text;
                 dismissed findings left out. A file outside the corpus is checked alone.
  --tsv FILE     rows of a bilingual TSV (columns source and target, optional doc)
  --all          every English article of the corpus, as <en> does, in one process

Options:
  --json         {"findings":[{"check","category","severity","row","message","sourceSpan","targetSpan","suggestion"}]}
  --jsonl        with --all: one line per article as it is done,
                 {"id","file","paired":{"id","file"}|null,"findings":[…as --json…]}
  --fail-on SEV  exit with 1 when a finding of that severity (major) or any (minor)
                 is found; with --all, across the whole corpus
${COMMON}

With --all, progress (count and rate) goes to stderr when stderr is a terminal, and
cores left idle by other work run worker threads (SHENJIAO_THREADS=N sets the number).`,
    load: () => import('./qa'),
  },
  {
    name: 'sync',
    summary: "commit this reviewer's work, fetch, merge row by row, push",
    help: `Usage: shenjiao sync [--reviewer NAME] [--corpus DIR] [--json]
       shenjiao sync --init --remote URL [--reviewer NAME] [--corpus DIR]

Options:
  --reviewer NAME  the author of the commit (default: git's user.name)
  --init           make the corpus a git repository first
  --remote URL     the shared repository (with --init, or to change it)
  --json           {"committed","merged","pushed","conflicts":[{"file","article","row"}],"ahead","behind","message","at"}
${COMMON}

Exit 0 when the sync completed (conflicts are not a failure), 1 when git failed (the
local commit is kept), 2 on a usage error.`,
    load: () => import('./sync'),
  },
  {
    name: 'merge-driver',
    summary: "git's merge driver for Shenjiao's files (set up by sync)",
    help: `Usage: shenjiao merge-driver BASE OURS THEIRS PATH

Called by git (merge.shenjiao.driver, set by the first sync) with %O %A %B %P: merges a
review file row by row, glossary.json entry by entry, pairs.json decision by decision,
into OURS. Always valid JSON; conflicts are recorded on their row.`,
    load: () => import('./merge-driver'),
  },
  {
    name: 'user',
    summary: 'manage who may sign in (users file outside the corpus)',
    help: `Usage: shenjiao user add NAME --role viewer|reviewer|lead [--users FILE]
       shenjiao user passwd NAME [--users FILE]
       shenjiao user remove NAME [--users FILE]
       shenjiao user list [--users FILE] [--json]

The password is read from the terminal without echo, or from stdin when piped.

Options:
  --users FILE   the users file (default: $SHENJIAO_USERS, else ~/.config/shenjiao/users.json)
  --role ROLE    viewer (reads), reviewer (corrects), lead (also glossary, pairs, approval)
${COMMON}`,
    load: () => import('./user'),
  },
  {
    name: 'search',
    summary: 'concordance: every aligned row whose Chinese, MT or English matches',
    help: `Usage: shenjiao search PATTERN [--side zh|mt|en] [--regex] [--word] [--case] [--corpus DIR] [--json]

Options:
  --side SIDE    zh (Traditional and Simplified alike), mt, or en: the current English
                 (default: zh when the pattern has Chinese, else en)
  --regex        PATTERN is a regular expression
  --word         whole words only (English)
  --case         match case (English)
  --json         {"hits":[{"id","row","zh","mt","text"}],"renderings":[{"text","count"}]}
${COMMON}`,
    load: () => import('./search'),
  },
  {
    name: 'replace',
    summary: 'batch correction of the current English, recorded and undoable',
    help: `Usage: shenjiao replace PATTERN REPLACEMENT --side en --reviewer NAME [--regex] [--word] [--case] [--dry-run] [--corpus DIR] [--json]

Every changed row is an ordinary correction (history, revision, state edited) by NAME;
a row changed meanwhile is skipped and reported. The batch can be undone from /search.

Options:
  --regex        PATTERN is a regular expression ($1… in REPLACEMENT)
  --word         whole words only
  --case         match case
  --dry-run      show what would change; write nothing
  --json         {"changed":[{"id","row","before","after"}],"skipped":[{"id","row","reason"}]}
${COMMON}`,
    load: () => import('./replace'),
  },
];
