import Link from 'next/link';
import { MarkedText } from './marked-text';
import { shortTitle, type Hit, type Side } from './types';

/** The matching rows: where, the Chinese and the English side by side, with the hit and the term's rendering marked. */
export function HitsTable({ hits, side }: { hits: Hit[]; side: Side }) {
  return (
    <table className="data concordance" aria-label="Matching rows">
      <thead>
        <tr>
          <th>Article</th>
          <th className="num">Row</th>
          <th>Chinese</th>
          {side === 'mt' && <th>MT</th>}
          <th>English (current)</th>
          <th>State</th>
          <th>Reviewer</th>
        </tr>
      </thead>
      <tbody>
        {hits.map(({ row, spans, rendering }) => (
          <tr key={`${row.article}\n${row.row}`}>
            <td className="title-cell">
              <Link href={`/articles/${encodeURIComponent(row.article)}/review`} title={row.title}>
                {shortTitle(row.title)}
              </Link>
            </td>
            <td className="num">{row.position}</td>
            <td lang="zh" className="zh-cell">
              {row.zh === null ? <span className="muted">no original</span> : side === 'zh' ? <MarkedText text={row.zh} spans={spans} className="hit" /> : row.zh}
            </td>
            {side === 'mt' && (
              <td>
                <MarkedText text={row.mt} spans={spans} className="hit" />
              </td>
            )}
            <td>
              {side === 'en' ? (
                <MarkedText text={row.text} spans={spans} className="hit" />
              ) : rendering && side === 'zh' ? (
                <MarkedText text={row.text} spans={[rendering.span]} className="rendering" />
              ) : (
                row.text
              )}
            </td>
            <td>
              <span className={`state-badge state-${row.state}`}>{row.state}</span>
            </td>
            <td>{row.reviewer ?? <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
