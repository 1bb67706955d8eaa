import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '../_components/login-form';
import { currentUser } from '../_server/current-user';

export const metadata: Metadata = { title: 'Sign in' };

/** Only a path on this site is a place to return to after signing in ("//evil.example" is not). */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  const { required, session } = await currentUser();
  if (session) redirect(next);
  if (!required) {
    return (
      <section className="login">
        <h1>Sign-in is off</h1>
        <p>This server has no users file: it serves its own machine only, and nobody needs to sign in.</p>
      </section>
    );
  }
  return <LoginForm next={next} />;
}
