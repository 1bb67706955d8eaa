import Link from 'next/link';
import type { Article } from '@/lib/corpus/types';
import { corpusPairing } from '@/lib/pairing/corpus-pairing';
import { corpusDir } from '../_server/corpus';
import { PairActions } from '../_components/pair-actions';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Pairs' };

export default async function PairsPage() {
  const { articles, result } = await corpusPairing(corpusDir());
  const byId = new Map(articles.map((a) => [a.id, a]));
  const title = (id: string) => byId.get(id)?.title || id;
  const link = (id: string, lang?: string) => (
    <Link href={`/articles/${encodeURIComponent(id)}`} lang={lang === 'zh' ? 'zh' : undefined}>
      {title(id)}
    </Link>
  );
  const unpaired = { zh: result.unpaired.filter((u) => u.lang === 'zh'), en: result.unpaired.filter((u) => u.lang === 'en') };
  return (
    <>
      <h1>Pairs</h1>
      <p className="muted">
        Shenjiao pairs each Chinese original with the English article that translates it, from their content alone (numbers,
        names in pinyin, dictionary glosses, length). Confirm or reject suggestions; your decisions are kept in
        <code> _shenjiao/pairs.json</code> and automatic pairing never overrides them.
      </p>
      <h2>
        Pairs <span className="muted">({result.pairs.length})</span>
      </h2>
      {result.pairs.length === 0 ? <p>No pairs: no English article here translates a Chinese one, as far as the evidence shows.</p> : null}
      <table className="data" aria-label="Pairs">
        <thead>
          <tr>
            <th>Chinese original</th>
            <th>English translation</th>
            <th className="num">Confidence</th>
            <th>Decision</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {result.pairs.map((p) => (
            <tr key={`${p.zh.id}>${p.en.id}`}>
              <td>{link(p.zh.id, 'zh')}</td>
              <td>
                {link(p.en.id)} {p.active ? null : <span className="muted">(other version)</span>}
              </td>
              <td className="num">{Math.round(p.score * 100)}%</td>
              <td>{p.decision === 'auto' ? 'suggested' : p.decision}</td>
              <td>
                <Link href={`/articles/${encodeURIComponent(p.en.id)}/review`}>Review</Link>{' '}
                <PairActions zh={p.zh.id} en={p.en.id} decision={p.decision} active={p.active} label={title(p.en.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <UnpairedTable heading="Chinese originals without a translation" rows={unpaired.zh} title={title} byId={byId} />
      <UnpairedTable heading="English articles without an original" rows={unpaired.en} title={title} byId={byId} />
    </>
  );
}

function UnpairedTable({
  heading,
  rows,
  title,
  byId,
}: {
  heading: string;
  rows: { id: string; file: string; lang: string; best: { id: string; score: number } | null }[];
  title: (id: string) => string;
  byId: Map<string, Article>;
}) {
  return (
    <>
      <h2>
        {heading} <span className="muted">({rows.length})</span>
      </h2>
      <table className="data" aria-label={heading}>
        <thead>
          <tr>
            <th>Article</th>
            <th>Best candidate</th>
            <th className="num">Confidence</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} data-article-id={u.id}>
              <td lang={u.lang === 'zh' ? 'zh' : undefined}>
                <Link href={`/articles/${encodeURIComponent(u.id)}`}>{title(u.id)}</Link>
                <div className="muted small-file">{u.file}</div>
              </td>
              <td lang={u.lang === 'zh' ? undefined : 'zh'}>{u.best ? title(u.best.id) : <span className="muted">none</span>}</td>
              <td className="num">{u.best ? `${Math.round(u.best.score * 100)}%` : '—'}</td>
              <td>
                {u.best ? (
                  <PairActions
                    zh={u.lang === 'zh' ? u.id : u.best.id}
                    en={u.lang === 'en' ? u.id : u.best.id}
                    decision="candidate"
                    active={false}
                    label={title(u.best.id)}
                  />
                ) : null}
                {u.lang === 'en' && byId.get(u.id)?.error === null ? (
                  <Link href={`/articles/${encodeURIComponent(u.id)}/review`}>Review alone</Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
