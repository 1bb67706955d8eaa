import type { Span } from './types';

/** Text with spans marked; corpus text stays text (React escapes it), never HTML. */
export function MarkedText({ text, spans, className }: { text: string; spans: Span[]; className?: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans
    .filter(([s, e]) => e > s && s >= at)
    .forEach(([start, end], i) => {
      if (start < at) return;
      if (start > at) parts.push(text.slice(at, start));
      parts.push(
        <mark key={i} className={className}>
          {text.slice(start, end)}
        </mark>,
      );
      at = end;
    });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
