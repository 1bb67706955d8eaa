import { z } from 'zod';
import { cookieValue, serverAccess, SESSION_COOKIE } from '@/lib/access/access-control';
import { AppError } from '@/lib/errors';
import { assertSameOrigin, handle, readJsonBody } from '../../_server/http';
import { clearedSessionCookie, clientKey, sessionCookie } from '../../_server/session-cookie';

const Body = z.object({ name: z.string().trim().min(1, 'Give your name.').max(80), password: z.string().min(1, 'Give your password.').max(1024) });

/** Signs in: 200 {name, role} with the session cookie | 401 | 429 with Retry-After. */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const access = serverAccess();
  if (!access.usersInUse()) throw new AppError('not-found', 'Sign-in is off: this server has no users file, so it is open to its own machine only.');
  const { name, password } = await readJsonBody(request, Body);
  const session = await access.signIn(name, password, clientKey(request));
  return Response.json({ name: session.name, role: session.role }, { headers: { 'set-cookie': sessionCookie(request, session.token), 'cache-control': 'no-store' } });
});

/** Who is signed in: 200 {name, role} | 401. */
export const GET = handle(async (request: Request) => {
  const who = await serverAccess().session(cookieValue(request.headers.get('cookie'), SESSION_COOKIE));
  if (!who) throw new AppError('unauthenticated', 'Not signed in.');
  return Response.json(who, { headers: { 'cache-control': 'no-store' } });
});

/** Signs out: the session is revoked and the cookie cleared. */
export const DELETE = handle(async (request: Request) => {
  assertSameOrigin(request);
  await serverAccess().signOut(cookieValue(request.headers.get('cookie'), SESSION_COOKIE));
  return Response.json({ signedOut: true }, { headers: { 'set-cookie': clearedSessionCookie(request) } });
});
