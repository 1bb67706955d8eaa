import type { ReactNode } from 'react';

export interface Mark {
  start: number;
  end: number;
  className: string;
  title: string;
}

/** Text with some spans marked; overlapping marks are dropped after the first (leftmost wins). */
export function Highlighted({ text, marks }: { text: string; marks: Mark[] }) {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const mark of sorted) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) pieces.push(text.slice(at, mark.start));
    pieces.push(
      <mark key={`${mark.start}-${mark.end}`} className={mark.className} title={mark.title}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}
