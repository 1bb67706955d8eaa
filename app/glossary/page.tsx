import { glossaryPageData } from '../_server/glossary-page';
import { pageQueryOrDefault } from '../_server/page-query';
import { GlossaryQuery } from '../_server/queries';
import { tableQueryOf } from '../_server/url';
import { GLOSSARY_TABLE_KEYS } from '../_components/query-string';
import { GlossaryTable } from '../_components/glossary/glossary-table';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Glossary' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GlossaryPage({ searchParams }: Props) {
  const params = await searchParams;
  const result = await glossaryPageData(pageQueryOrDefault(GlossaryQuery, params));
  return (
    <>
      <h1>Glossary</h1>
      <p className="muted">
        Approved translations of names, places, offices and slogans, with the renderings to avoid. Terms match in Simplified
        and Traditional Chinese alike; usage counts the Chinese articles containing a term and how many of their English
        versions use an approved rendering.
      </p>
      <GlossaryTable initial={{ query: tableQueryOf(params, GLOSSARY_TABLE_KEYS), result }} />
    </>
  );
}
