import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { IndexBadge } from './_components/index-badge';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Shenjiao 审校', template: '%s · Shenjiao 审校' },
  description: 'Review workbench for Chinese→English machine translation',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Shenjiao <span lang="zh">审校</span>
          </Link>
          <nav aria-label="Main">
            <Link href="/">Articles</Link>
            <Link href="/pairs">Pairs</Link>
            <Link href="/glossary">Glossary</Link>
            <Link href="/qa">QA report</Link>
          </nav>
          <IndexBadge />
        </header>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
