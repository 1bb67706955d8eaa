import { NextResponse, type NextRequest } from 'next/server';
import { cookieValue, serverAccess, SESSION_COOKIE } from './lib/access/access-control';
import { PUBLIC_PAGES, routeRequirement } from './lib/access/permissions';
import { COMMON_SECURITY_HEADERS, pagePolicy, RESOURCE_POLICY } from './lib/access/security-headers';

/**
 * In front of every page and route: security headers on every response, and, when a users
 * file is in use, a session before anything else (pages go to /login, API calls get 401).
 * Route handlers check the role themselves, from the same permission table.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/_next/static/') || pathname === '/favicon.ico') return withHeaders(NextResponse.next(), RESOURCE_POLICY);
  const isApi = pathname === '/api' || pathname.startsWith('/api/');
  const nonce = isApi ? null : Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = nonce ? pagePolicy(nonce, process.env.NODE_ENV === 'development') : RESOURCE_POLICY;
  const secured = (response: NextResponse) => withHeaders(response, policy);

  // A path with a malformed percent escape ("%E0%A4%A") makes Next's route matching fail
  // with a 500; answer it as what it is, a page that does not exist.
  try {
    decodeURIComponent(pathname);
  } catch {
    return secured(NextResponse.rewrite(new URL('/not-found-page', request.url), { status: 404 }));
  }

  const gate = await sessionGate(request, pathname, isApi).catch(unreadableUsers);
  if (gate) return secured(gate);

  const headers = new Headers(request.headers);
  if (nonce) headers.set('content-security-policy', policy);
  return secured(NextResponse.next({ request: { headers } }));
}

/** The answer for a request that needs a session and has none; null to let it through. */
async function sessionGate(request: NextRequest, pathname: string, isApi: boolean): Promise<NextResponse | null> {
  const access = serverAccess();
  if (!access.usersInUse()) return null;
  if (isApi ? routeRequirement(request.method, pathname)?.requires === 'public' : PUBLIC_PAGES.includes(pathname)) return null;
  if (await access.session(cookieValue(request.headers.get('cookie'), SESSION_COOKIE))) return null;
  if (isApi) return NextResponse.json({ error: 'Sign in first.' }, { status: 401 });
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('next', pathname + request.nextUrl.search);
  return NextResponse.redirect(login, 303);
}

/** A users file that cannot be read locks everyone out, saying why (never opens the corpus). */
function unreadableUsers(error: unknown): NextResponse {
  const message = error instanceof Error ? error.message : 'unreadable';
  return NextResponse.json({ error: `The users file cannot be read: ${message}` }, { status: 503 });
}

function withHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set('content-security-policy', policy);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

// No matcher: every response, built files included, gets its headers here.
