import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiKey, askForApiKey, withApiKey, withApiKeyParam } from '../../../main/resources/web/api-key.js';

/** sessionStorage's interface over a Map. */
function fakeStorage() {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)) };
}

test('without a key, requests go out as they were', () => {
  const store = fakeStorage();
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
  assert.equal(withApiKey(init, store), init);
  assert.equal(withApiKeyParam('/v1/realtime', store, 'http://h:8880/web'), '/v1/realtime');
  assert.equal(apiKey(store), null);
});

test('a key given after a 401 is kept and sent as a bearer token, other headers kept', () => {
  const store = fakeStorage();
  const asked = [];
  assert.equal(askForApiKey('Incorrect API key provided.', store, (text) => { asked.push(text); return '  sk-pasted-0123456789  '; }), true);
  assert.match(asked[0], /^Incorrect API key provided\./);
  assert.deepEqual(withApiKey({ method: 'POST', headers: { 'Content-Type': 'application/json' } }, store), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk-pasted-0123456789' },
  });
  assert.deepEqual(withApiKey(undefined, store), { headers: { Authorization: 'Bearer sk-pasted-0123456789' } });
});

test('declining, or pasting nothing, keeps no key', () => {
  const store = fakeStorage();
  assert.equal(askForApiKey('No key.', store, () => null), false);
  assert.equal(askForApiKey('No key.', store, () => '   '), false);
  assert.equal(apiKey(store), null);
});

test('a WebSocket URL carries the key as api_key, encoded', () => {
  const store = fakeStorage();
  askForApiKey('', store, () => 'key+with/odd=chars');
  assert.equal(withApiKeyParam('ws://h:8880/v1/realtime', store),
    'ws://h:8880/v1/realtime?api_key=key%2Bwith%2Fodd%3Dchars');
  assert.equal(withApiKeyParam('/v1/audio/stream/ws?x=1', store, 'http://h:8880/web'),
    'http://h:8880/v1/audio/stream/ws?x=1&api_key=key%2Bwith%2Fodd%3Dchars');
});
