// The page's side of a realtime speech session (GET /v1/realtime, a WebSocket): the setup first, then text as
// it is typed, interruptions, and the audio coming back. Messages given before the server has accepted the
// setup wait for it. Audio the server sent before it saw an interruption is dropped here, so nothing of an
// interrupted turn is played.

import { bytesFromBase64 } from './pcm.js';

/** What the server's close codes mean to the person at the page (the ones it gives after an error message too). */
const CLOSE_REASONS = new Map([
  [1000, 'The session ended.'],
  [1001, 'The session closed after a quiet spell, or the server is stopping.'],
  [1006, 'The connection to the server was lost.'],
  [1008, 'The server refused the session.'],
  [1009, 'A message was too large for the server.'],
  [1011, 'The session failed on the server.'],
]);

/** Why a session closed that the page did not close, for the person at the page. */
export function closeMessage(code) {
  return CLOSE_REASONS.get(code) ?? `The session closed (WebSocket code ${code}).`;
}

/** The session's URL on the server the page came from. */
export function realtimeUrl(location) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/realtime`;
}

/** The wire form of a message of read-as-typed.js: {interrupt: true} or {text, turnComplete}. */
function wireMessage(message) {
  return message.interrupt ? { interrupt: {} } : { clientContent: { text: message.text, turnComplete: message.turnComplete } };
}

export class RealtimeSession {
  /**
   * @param setup the setup message's body: voice, speed, lang_code
   * @param events onReady({session_id, sample_rate}), onAudio(bytes), onTurnComplete(), onInterrupted(audioMsSent),
   *   onError(message, code), onClosed(message, code) when the server or the network ended it (not after close())
   * @param openSocket makes the WebSocket (a stand-in in the unit tests)
   */
  constructor(url, setup, events, openSocket = address => new WebSocket(address)) {
    this.setup = setup;
    this.events = events;
    this.waiting = [];
    this.ready = false;
    this.closed = false;
    this.closeWhenSpoken = false;
    /** Interruptions sent that the server has not answered yet: audio until then is of the cancelled turns. */
    this.unansweredInterrupts = 0;
    /** Turns sent that the server has not finished speaking. */
    this.unfinishedTurns = 0;
    this.turnOpen = false;
    this.droppedAudio = 0;
    this.lastError = null;
    this.socket = openSocket(url);
    this.socket.addEventListener('open', () => this.socket.send(JSON.stringify({ setup: { ...setup, response_format: 'pcm' } })));
    this.socket.addEventListener('message', event => this.receive(event.data));
    this.socket.addEventListener('close', event => this.ended(event.code));
  }

  /** Sends a message of read-as-typed.js, now or once the setup is accepted. */
  send(message) {
    if (this.closed) return;
    if (this.ready) this.transmit(message);
    else this.waiting.push(message);
  }

  /** Closes the session at once: what it has not spoken is cancelled by the server. */
  close() {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(1000);
  }

  /** Closes the session once every turn sent is spoken (their audio is all here). */
  closeWhenDone() {
    this.closeWhenSpoken = true;
    this.closeIfDone();
  }

  transmit(message) {
    this.socket.send(JSON.stringify(wireMessage(message)));
    if (message.interrupt) {
      this.unansweredInterrupts++;
      this.unfinishedTurns = 0;
      this.turnOpen = false;
      return;
    }
    if (!this.turnOpen) this.unfinishedTurns++;
    this.turnOpen = !message.turnComplete;
  }

  receive(data) {
    if (this.closed || typeof data !== 'string') return;
    const message = JSON.parse(data);
    // An error message just before a close says why it closed better than its code.
    this.lastError = message.error ?? null;
    if (message.setupComplete) {
      this.ready = true;
      this.events.onReady(message.setupComplete);
      for (const waiting of this.waiting.splice(0)) this.transmit(waiting);
      this.closeIfDone();
    } else if (message.serverContent) {
      this.content(message.serverContent);
    } else if (message.error) {
      this.events.onError(message.error.message, message.error.code);
    }
  }

  content(content) {
    if (content.interrupted) {
      this.unansweredInterrupts = Math.max(0, this.unansweredInterrupts - 1);
      this.events.onInterrupted(content.audio_ms_sent);
      return;
    }
    if (content.audio?.data) {
      if (this.unansweredInterrupts > 0) this.droppedAudio++;
      else this.events.onAudio(bytesFromBase64(content.audio.data));
    }
    if (content.turnComplete && this.unansweredInterrupts === 0) {
      this.unfinishedTurns = Math.max(0, this.unfinishedTurns - 1);
      this.closeIfDone();
      this.events.onTurnComplete();
    }
  }

  closeIfDone() {
    if (this.closeWhenSpoken && this.ready && this.unfinishedTurns === 0 && this.waiting.length === 0) this.close();
  }

  ended(code) {
    if (this.closed) return;
    this.closed = true;
    this.events.onClosed(this.lastError?.message ?? closeMessage(code), code);
  }
}
