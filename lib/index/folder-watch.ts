import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { DATA_DIR_NAME } from '../config';

/**
 * Watches every folder of a corpus, one inotify watch per folder, not per file. Node's
 * recursive fs.watch on Linux watches each file and rescans a folder on every change in
 * it: with ten thousand articles, and the index writing its cache files, that cost more
 * than the indexing. The index's own cache folder is not watched; hidden entries (temp
 * files) are ignored. `sync` follows folders that came or went since the last call.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(
    private readonly root: string,
    private readonly onChange: (file: string | null) => void,
  ) {}

  sync(): void {
    const wanted = new Set(this.folders());
    for (const [dir, watcher] of this.watchers) {
      if (!wanted.has(dir)) {
        watcher.close();
        this.watchers.delete(dir);
      }
    }
    const dataDir = path.join(this.root, DATA_DIR_NAME);
    for (const dir of wanted) {
      if (this.watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, { persistent: false }, (_event, name) => {
          if (!name) return this.onChange(null);
          // Temp files, the data folder and its cache folder being made are the app's own doing
          // (what is written inside them is watched, once sync() has found them).
          if (String(name).startsWith('.')) return;
          if ((dir === this.root && String(name) === DATA_DIR_NAME) || (dir === dataDir && String(name) === 'cache')) return;
          this.onChange(path.join(dir, String(name)));
        });
        watcher.on('error', () => {
          watcher.close();
          this.watchers.delete(dir);
        });
        this.watchers.set(dir, watcher);
      } catch {
        // Gone meanwhile, or out of watches: the indexer's periodic re-check still sees changes.
      }
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  get size(): number {
    return this.watchers.size;
  }

  private folders(): string[] {
    const found: string[] = [];
    const visit = (dir: string, depth: number) => {
      found.push(dir);
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
        if (depth === 1 && path.basename(dir) === DATA_DIR_NAME && entry.name === 'cache') continue;
        visit(path.join(dir, entry.name), depth + 1);
      }
    };
    visit(this.root, 0);
    return found;
  }
}
