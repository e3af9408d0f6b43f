import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeMessage, RealtimeSession, realtimeUrl } from '../../../main/resources/web/realtime-session.js';

/** A WebSocket stand-in: keeps what the page sends, and plays the server's part on request. */
class FakeSocket extends EventTarget {
  constructor(url) {
    super();
    this.url = url;
    this.sent = [];
    this.closedWith = null;
  }

  send(data) {
    this.sent.push(JSON.parse(data));
  }

  close(code) {
    this.closedWith = code;
  }

  opens() {
    this.dispatchEvent(new Event('open'));
  }

  serves(message) {
    this.dispatchEvent(Object.assign(new Event('message'), { data: JSON.stringify(message) }));
  }

  ends(code) {
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }
}

const AUDIO = { serverContent: { audio: { mimeType: 'audio/pcm;rate=24000', data: 'AAD/fw==' } } };
const TURN_COMPLETE = { serverContent: { turnComplete: true } };
const INTERRUPTED = { serverContent: { interrupted: true, audio_ms_sent: 120 } };

/** A session on a fake socket, and what it told the page, one line an event. */
function session(setup = { voice: 'af_heart', speed: 1 }) {
  const heard = [];
  let socket = null;
  const s = new RealtimeSession('ws://host/v1/realtime', setup, {
    onReady: ready => heard.push(`ready ${ready.session_id}`),
    onAudio: bytes => heard.push(`audio ${[...bytes]}`),
    onTurnComplete: () => heard.push('turn complete'),
    onInterrupted: ms => heard.push(`interrupted ${ms}`),
    onError: (message, code) => heard.push(`error ${code}: ${message}`),
    onClosed: (message, code) => heard.push(`closed ${code}: ${message}`),
  }, url => (socket = new FakeSocket(url)));
  return { s, socket, heard };
}

test('the setup goes first; text given before the server accepts it waits for it', () => {
  const { s, socket, heard } = session({ voice: 'af_bella(2)+af_sky', speed: 1.5, lang_code: 'b' });
  s.send({ text: 'Hello, ', turnComplete: false });
  socket.opens();
  assert.deepEqual(socket.sent, [{ setup: { voice: 'af_bella(2)+af_sky', speed: 1.5, lang_code: 'b', response_format: 'pcm' } }]);
  socket.serves({ setupComplete: { session_id: 's1', sample_rate: 24000 } });
  s.send({ text: 'world.', turnComplete: true });
  s.send({ interrupt: true });
  assert.deepEqual(socket.sent.slice(1), [
    { clientContent: { text: 'Hello, ', turnComplete: false } },
    { clientContent: { text: 'world.', turnComplete: true } },
    { interrupt: {} },
  ]);
  assert.deepEqual(heard, ['ready s1']);
  assert.equal(socket.url, 'ws://host/v1/realtime');
});

test('audio sent before the server saw an interruption is dropped; audio after its answer plays', () => {
  const { s, socket, heard } = session();
  socket.opens();
  socket.serves({ setupComplete: { session_id: 's1', sample_rate: 24000 } });
  s.send({ text: 'One, two, ', turnComplete: false });
  socket.serves(AUDIO);
  s.send({ interrupt: true });
  socket.serves(AUDIO);
  socket.serves(TURN_COMPLETE);
  socket.serves(INTERRUPTED);
  s.send({ text: 'Three.', turnComplete: true });
  socket.serves(AUDIO);
  socket.serves(TURN_COMPLETE);
  assert.deepEqual(heard, ['ready s1', 'audio 0,0,255,127', 'interrupted 120', 'audio 0,0,255,127', 'turn complete']);
  assert.equal(s.droppedAudio, 1);
  assert.equal(s.unfinishedTurns, 0);
});

test('turns are counted until the server finishes them; an interruption ends them all', () => {
  const { s, socket } = session();
  socket.opens();
  socket.serves({ setupComplete: { session_id: 's1', sample_rate: 24000 } });
  const counts = [];
  const step = run => {
    run();
    counts.push(s.unfinishedTurns);
  };
  step(() => s.send({ text: 'A ', turnComplete: false }));
  step(() => s.send({ text: 'b ', turnComplete: false }));
  step(() => s.send({ text: 'c', turnComplete: true }));
  step(() => s.send({ text: 'Next', turnComplete: true }));
  step(() => socket.serves(TURN_COMPLETE));
  step(() => s.send({ text: 'More ', turnComplete: false }));
  step(() => s.send({ interrupt: true }));
  assert.deepEqual(counts, [1, 1, 1, 2, 1, 2, 0]);
});

test('closing when done waits for the last turn to be spoken', () => {
  const { s, socket, heard } = session();
  socket.opens();
  s.send({ text: 'The end.', turnComplete: true });
  s.closeWhenDone();
  socket.serves({ setupComplete: { session_id: 's1', sample_rate: 24000 } });
  assert.equal(socket.closedWith, null);
  socket.serves(AUDIO);
  socket.serves(TURN_COMPLETE);
  assert.equal(socket.closedWith, 1000);
  assert.equal(s.closed, true);
  socket.ends(1000);
  assert.deepEqual(heard, ['ready s1', 'audio 0,0,255,127', 'turn complete']);
});

test('closing when done with nothing sent closes at once', () => {
  const { s, socket } = session();
  socket.opens();
  socket.serves({ setupComplete: { session_id: 's1', sample_rate: 24000 } });
  s.closeWhenDone();
  assert.equal(socket.closedWith, 1000);
});

test('a close by the server says why: its error message just before, or what its code means', () => {
  const refused = session();
  refused.socket.opens();
  refused.socket.serves({ error: { message: "Unknown voice 'xx_nobody'.", code: 'voice_not_found' } });
  refused.socket.ends(1008);
  refused.s.send({ text: 'ignored ', turnComplete: false });
  assert.deepEqual(refused.heard, ["error voice_not_found: Unknown voice 'xx_nobody'.", "closed 1008: Unknown voice 'xx_nobody'."]);
  assert.deepEqual(refused.socket.sent.length, 1);

  const idle = session();
  idle.socket.opens();
  idle.socket.serves({ setupComplete: { session_id: 's2', sample_rate: 24000 } });
  idle.socket.serves({ error: { message: 'A turn may have at most 20000 characters.', code: 'turn_too_long' } });
  idle.socket.serves(TURN_COMPLETE);
  idle.socket.ends(1001);
  assert.equal(idle.heard.at(-1), `closed 1001: ${closeMessage(1001)}`);
});

test('a close by the page is not reported', () => {
  const { s, socket, heard } = session();
  socket.opens();
  s.close();
  socket.ends(1000);
  assert.equal(socket.closedWith, 1000);
  assert.deepEqual(heard, []);
});

test('what each close code means', () => {
  const cases = [
    [1000, /ended/], [1001, /quiet spell/], [1006, /lost/], [1008, /refused/], [1009, /too large/], [1011, /failed/],
    [4000, /WebSocket code 4000/],
  ];
  for (const [code, meaning] of cases) assert.match(closeMessage(code), meaning, String(code));
});

test('the session URL follows the page: ws for http, wss for https', () => {
  assert.equal(realtimeUrl({ protocol: 'http:', host: '127.0.0.1:8880' }), 'ws://127.0.0.1:8880/v1/realtime');
  assert.equal(realtimeUrl({ protocol: 'https:', host: 'tts.example' }), 'wss://tts.example/v1/realtime');
});
