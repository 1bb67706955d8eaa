import { bodyText } from '../../lib/corpus/types';
import { checkEnglishTerms, checkTerms, termsContract } from '../../lib/glossary/check';
import { glossaryMatcher } from '../../lib/glossary/service';
import { activePairOfChinese, corpusPairing, pairOfEnglish } from '../../lib/pairing/corpus-pairing';
import { getArticle } from '../../lib/corpus/corpus';
import { parseCommandArgs, requireArticle } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

const terms: CliCommand = {
  async run(args) {
    const { corpus, json, positionals } = parseCommandArgs(args);
    const article = await requireArticle(corpus, positionals[0]);
    const { entries, matcher } = await glossaryMatcher(corpus);
    const { result } = await corpusPairing(corpus);
    let matches;
    if (article.lang === 'zh') {
      const pair = activePairOfChinese(result, article.id);
      const en = pair ? await getArticle(corpus, pair.en.id) : null;
      matches = checkTerms(bodyText(article), en ? bodyText(en) : '', matcher, entries).matches;
    } else {
      const pair = pairOfEnglish(result, article.id);
      const zh = pair ? await getArticle(corpus, pair.zh.id) : null;
      matches = zh ? checkTerms(bodyText(zh), bodyText(article), matcher, entries).matches : checkEnglishTerms(bodyText(article), entries).matches;
    }
    const doc = termsContract(matches);
    if (json) await printJson(doc);
    else for (const m of doc.matches) await write(`${m.start}-${m.end}\t${m.term}\t${m.found ? 'found' : 'missing'}\t${m.approved.join(' | ')}${m.forbidden.length ? `\tFORBIDDEN: ${m.forbidden.join(' | ')}` : ''}\n`);
    return 0;
  },
};

export default terms;
