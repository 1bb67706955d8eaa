/** How the matching rows render a Chinese term, most used first; each can filter the rows or be replaced. */
export function RenderingList(props: {
  term: string;
  renderings: { text: string; count: number }[];
  unrendered: number;
  selected: string | null;
  onSelect: (text: string | null) => void;
  onReplace: (text: string) => void;
}) {
  const { term, renderings, unrendered, selected, onSelect, onReplace } = props;
  return (
    <section aria-label="Renderings" className="renderings">
      <h2>
        How <span lang="zh">{term}</span> is rendered
      </h2>
      <table className="data" aria-label="Renderings of the term">
        <thead>
          <tr>
            <th>Rendering</th>
            <th className="num">Rows</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {renderings.map((r) => (
            <tr key={r.text} className={selected === r.text ? 'selected' : undefined}>
              <td>{r.text}</td>
              <td className="num">{r.count}</td>
              <td className="actions">
                <button type="button" aria-pressed={selected === r.text} onClick={() => onSelect(selected === r.text ? null : r.text)}>
                  {selected === r.text ? 'Show all rows' : 'Show rows'}
                </button>{' '}
                <button type="button" aria-label={`Replace "${r.text}"…`} onClick={() => onReplace(r.text)}>
                  Replace…
                </button>
              </td>
            </tr>
          ))}
          {unrendered > 0 && (
            <tr>
              <td className="muted">no rendering found (glossary and dictionary evidence)</td>
              <td className="num">{unrendered}</td>
              <td />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
