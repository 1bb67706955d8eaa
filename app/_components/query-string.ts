/** The query string in a stable order, so the server's and the browser's spelling compare equal. */
export function normalQuery(params: URLSearchParams): string {
  const sorted = [...params.entries()].filter(([, v]) => v !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(sorted).toString();
}
