/**
 * The article id of a dynamic route, or null when it cannot be one. Next rejects a
 * malformed percent escape ("%E0%A4%A") while resolving params: that is a page that does
 * not exist, not a server error. The id is then only ever looked up in the corpus
 * listing, never joined to a path.
 */
export async function routeId(params: Promise<Record<string, string>>, name = 'id'): Promise<string | null> {
  let raw: string | undefined;
  try {
    raw = (await params)[name];
  } catch {
    return null;
  }
  return raw === undefined ? null : decodeRouteId(raw);
}

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
