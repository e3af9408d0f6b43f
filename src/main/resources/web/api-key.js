// The server's API key, for a server that asks for one (401): the user pastes it once, it is kept for this tab
// only (sessionStorage, gone when the tab closes) and sent with every call.

const STORAGE_KEY = 'kokoro.apiKey';

function storage() {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked by the browser's settings: the key is asked for again
  }
}

export function apiKey(store = storage()) {
  return store?.getItem(STORAGE_KEY) || null;
}

/** fetch() options with the key's Authorization header added, when there is a key. */
export function withApiKey(init = {}, store = storage()) {
  const key = apiKey(store);
  if (!key) return init;
  return { ...init, headers: { ...init.headers, Authorization: `Bearer ${key}` } };
}

/** A WebSocket URL carrying the key as ?api_key=, as browsers cannot set headers on a WebSocket. */
export function withApiKeyParam(url, store = storage(), base = globalThis.location?.href) {
  const key = apiKey(store);
  if (!key) return url;
  const withKey = new URL(url, base);
  withKey.searchParams.set('api_key', key);
  return withKey.toString();
}

/** After a 401: asks for a key; true when one was given (and kept), false when the user declined. */
export function askForApiKey(reason, store = storage(), ask = (text) => globalThis.prompt(text)) {
  const key = ask(`${reason}\n\nPaste an API key for this server (kept for this tab only):`)?.trim();
  if (!key) return false;
  store?.setItem(STORAGE_KEY, key);
  return true;
}
