import { pairListPage } from '@/lib/index/pair-list';
import { serverIndex } from '../_server/index';
import { pageQueryOrDefault, pagingOf } from '../_server/page-query';
import { PairQuery } from '../_server/queries';
import { tableQueryOf } from '../_server/url';
import { PAIR_TABLE_KEYS } from '../_components/query-string';
import { PairTable } from '../_components/pair-table';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Pairs' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PairsPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = pageQueryOrDefault(PairQuery, params);
  const index = serverIndex();
  const result = { ...pairListPage(index.overview, query.view, pagingOf(query), query), index: index.status() };
  return (
    <>
      <h1>Pairs</h1>
      <p className="muted">
        Shenjiao pairs each Chinese original with the English article that translates it, from their content alone (numbers,
        names in pinyin, dictionary glosses, length); several MT versions of one original are paired with it, one of them
        under review. Confirm or reject suggestions; your decisions are kept in
        <code> _shenjiao/pairs.json</code> and automatic pairing never overrides them.
      </p>
      <PairTable initial={{ query: tableQueryOf(params, PAIR_TABLE_KEYS), result }} />
    </>
  );
}
