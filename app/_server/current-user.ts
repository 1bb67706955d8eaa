import { cookies } from 'next/headers';
import { serverAccess, SESSION_COOKIE, type SignedIn } from '@/lib/access/access-control';

/** Whether this server requires sign-in, and who is signed in on this request. */
export async function currentUser(): Promise<{ required: boolean; session: SignedIn | null }> {
  const access = serverAccess();
  if (!access.usersInUse()) return { required: false, session: null };
  return { required: true, session: await access.session((await cookies()).get(SESSION_COOKIE)?.value) };
}
