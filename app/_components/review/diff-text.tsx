'use client';

import { memo } from 'react';
import { inlineDiff } from '@/lib/review/diff';

/**
 * The correction against the machine output, word by word. Deletions are struck through
 * and insertions underlined, besides their colours, so the diff reads without colour
 * vision and in black-and-white print; changed spaces are shown as a visible mark.
 */
export const DiffText = memo(function DiffText({ before, after }: { before: string; after: string }) {
  const parts = inlineDiff(before, after);
  return (
    <span className="diff">
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        const visible = part.text.trim() === '' ? part.text.replace(/ /g, '␣').replace(/\n/g, '↵') : part.text;
        return part.kind === 'insert' ? (
          <ins key={index} title="inserted">
            {visible}
          </ins>
        ) : (
          <del key={index} title="deleted">
            {visible}
          </del>
        );
      })}
    </span>
  );
});
