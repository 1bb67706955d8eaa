/**
 * One value per process, made on first use. Next.js bundles the engine into each page and
 * route separately, and module-level state is per bundle: a dictionary kept in a module
 * variable would be loaded (seconds) and held (tens of MB) once per route. Kept on
 * globalThis under a registered key, it is loaded once for them all.
 */
const store = globalThis as typeof globalThis & { __shenjiao?: Map<string, unknown> };

export function processWide<T>(key: string, create: () => T): T {
  store.__shenjiao ??= new Map();
  if (!store.__shenjiao.has(key)) store.__shenjiao.set(key, create());
  return store.__shenjiao.get(key) as T;
}
