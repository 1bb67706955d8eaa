/** One line on how the rows came about and how to fix them. */
export function LayoutHelp() {
  return (
    <p className="muted small-note">
      Rows are aligned automatically. Use a row&apos;s “Rows” menu to merge it with the next, split it, or move a sentence
      to the neighbouring row; your layout is kept.
    </p>
  );
}
