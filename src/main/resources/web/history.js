// The last generations, kept in the browser's IndexedDB: text, settings, words, captions, the audio file in
// its chosen format (to download again) and the raw samples (to replay and draw in any browser).

const DATABASE = 'kokoro-studio';
const STORE = 'generations';
export const HISTORY_LIMIT = 20;

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class History {
  /** The history, or null where the browser keeps no IndexedDB (some private modes). */
  static async open() {
    if (!('indexedDB' in window)) return null;
    const open = indexedDB.open(DATABASE, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    try {
      return new History(await request(open));
    } catch {
      return null;
    }
  }

  constructor(db) {
    this.db = db;
  }

  store(mode) {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }

  /** Keeps a generation, dropping the oldest beyond the limit; resolves to its id. */
  async add(record) {
    const id = await request(this.store('readwrite').add(record));
    const keys = await request(this.store('readonly').getAllKeys());
    const store = this.store('readwrite');
    for (const old of keys.slice(0, Math.max(0, keys.length - HISTORY_LIMIT))) store.delete(old);
    return id;
  }

  /** Every kept generation, newest first. */
  async list() {
    return (await request(this.store('readonly').getAll())).reverse();
  }

  get(id) {
    return request(this.store('readonly').get(id));
  }

  remove(id) {
    return request(this.store('readwrite').delete(id));
  }
}
