import { glossaryOverview } from '@/lib/glossary/service';
import { corpusDir } from '../_server/corpus';
import { toGlossaryRow } from '../_server/glossary-row';
import { GlossaryTable } from '../_components/glossary/glossary-table';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Glossary' };

export default async function GlossaryPage() {
  const overview = await glossaryOverview(corpusDir());
  return (
    <>
      <h1>Glossary</h1>
      <p className="muted">
        Approved translations of names, places, offices and slogans, with the renderings to avoid. Terms match in Simplified
        and Traditional Chinese alike; usage counts the Chinese articles containing a term and how many of their English
        versions use an approved rendering.
      </p>
      <GlossaryTable initial={overview.map((o) => toGlossaryRow(o.entry, o))} />
    </>
  );
}
