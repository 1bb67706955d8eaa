/**
 * Next hands dynamic segments over still percent-encoded in some paths and decoded in
 * others; decode once, refusing malformed escapes and anything that could be a path.
 * The id is then only ever looked up in the corpus listing, never joined to a path.
 */
export function decodeRouteId(raw: string): string | null {
  let id = raw;
  try {
    if (/%[0-9a-f]{2}/i.test(id)) id = decodeURIComponent(id);
  } catch {
    return null;
  }
  if (!id || id.length > 512 || id.includes('\0') || id.includes('/') || id.includes('\\')) return null;
  if (id === '.' || id === '..' || id.split('~').includes('..')) return null;
  return id;
}
