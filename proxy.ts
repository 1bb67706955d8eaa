import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path with a malformed percent escape ("%E0%A4%A") makes Next's route matching fail
 * with a 500; answer it as what it is, a page that does not exist.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/not-found-page', request.url), { status: 404 });
  }
}
