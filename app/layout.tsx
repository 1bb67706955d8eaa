import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SessionProvider, SignedInAs } from './_components/session';
import { currentUser } from './_server/current-user';
import { SyncButton } from './_components/sync-button';
import { IndexBadge } from './_components/index-badge';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Shenjiao 审校', template: '%s · Shenjiao 审校' },
  description: 'Review workbench for Chinese→English machine translation',
};

// Every page is rendered per request: the session decides what it shows, and the
// Content-Security-Policy nonce (proxy.ts) must reach Next's scripts.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { session, required } = await currentUser();
  return (
    <html lang="en">
      <body>
        <SessionProvider session={session}>
          <header className="site-header">
            <Link href="/" className="brand">
              Shenjiao <span lang="zh">审校</span>
            </Link>
            {required && !session ? null : (
              <nav aria-label="Main">
                <Link href="/">Articles</Link>
                <Link href="/pairs">Pairs</Link>
                <Link href="/glossary">Glossary</Link>
                <Link href="/qa">QA report</Link>
                <Link href="/search">Search</Link>
              </nav>
            )}
            {required && !session ? null : <IndexBadge />}
            {required && !session ? null : (
              <form action="/search" method="get" role="search" aria-label="Search the corpus" className="header-search">
                <input type="search" name="q" aria-label="Search the corpus" placeholder="Search Chinese or English…" />
              </form>
            )}
            {required && !session ? null : <SyncButton />}
            {session ? <SignedInAs session={session} /> : null}
          </header>
          <main className="page">{children}</main>
        </SessionProvider>
      </body>
    </html>
  );
}
