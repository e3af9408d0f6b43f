// The studio's "Read aloud as I type" switch: while it is on, text typed at the end of the box goes to a
// realtime session (read-as-typed.js decides what and when), and its speech plays as it arrives. One session
// at a time, with the voice, speed and language of the settings: a change of them opens a new one. Stop, Esc or
// an edit of text already sent interrupts it. Switching off reads what is left, then closes the session; a
// hidden page closes it at once, and typing opens it again.

import { withApiKeyParam } from './api-key.js';
import { $ } from './dom.js';
import { audioContext, Player } from './player.js';
import { floatsFromPcm16 } from './pcm.js';
import { TypedTurns } from './read-as-typed.js';
import { RealtimeSession, realtimeUrl } from './realtime-session.js';

/** A pause in typing this long after a finished sentence ends its turn, so that the sentence is read. */
const PAUSE_MS = 1000;

const setupKey = setup => JSON.stringify(setup);

export class ReadAloud {
  /**
   * @param setupOf the setup the settings ask for now: {voice, speed, lang_code}
   * @param counters what the page's test hook shows of the sessions (window.studioMetrics.live)
   */
  constructor(setupOf, counters) {
    this.setupOf = setupOf;
    this.counters = counters;
    this.player = new Player();
    this.typed = new TypedTurns();
    this.session = null;
    /** The setup the server refused: not tried again until the settings change. */
    this.refusedSetup = null;
    /** [state, text] of something that happened (an error, an interruption, a close), shown until it is over. */
    this.note = null;
    this.pauseTimer = 0;
    this.speakingTimer = 0;
  }

  wire() {
    const box = $('text');
    $('read-aloud').addEventListener('change', () => ($('read-aloud').checked ? this.start() : this.finish()));
    $('read-aloud-stop').addEventListener('click', () => this.stop());
    box.addEventListener('input', event => {
      if (!event.isComposing) this.typedIn();
    });
    box.addEventListener('compositionend', () => this.typedIn());
    box.addEventListener('keydown', event => {
      if (event.key === 'Escape' && this.on) {
        event.preventDefault();
        this.stop();
      }
    });
    // The voice list's buttons set the voice without a change event: a click may have changed the setup too.
    for (const type of ['change', 'click']) {
      document.addEventListener(type, event => {
        if (event.target !== $('read-aloud')) this.settingsChanged();
      });
    }
    document.addEventListener('visibilitychange', () => {
      if (document.hidden && this.on && this.session && !this.session.closed) {
        this.session.close();
        this.note = ['closed', 'Closed while the page was hidden; it opens again when you type.'];
        this.render();
      }
    });
  }

  get on() {
    return $('read-aloud').checked;
  }

  start() {
    audioContext(); // in the click or key press, so that the browser lets it play
    this.refusedSetup = null;
    this.open();
  }

  /** Reads what is left at the end of the box, then closes the session once it is spoken. */
  finish() {
    clearTimeout(this.pauseTimer);
    const session = this.session;
    if (session && !session.closed) {
      this.transmit(this.typed.finish($('text').value, this.caretAtEnd()));
      session.closeWhenDone();
    }
    this.render();
  }

  stop() {
    clearTimeout(this.pauseTimer);
    const messages = this.typed.stop($('text').value);
    this.silence();
    if (this.session && !this.session.closed) this.transmit(messages, true);
    this.render();
  }

  /** A new session with the settings' setup, in place of the one before; false when that setup was refused. */
  open() {
    const setup = this.setupOf();
    const key = setupKey(setup);
    if (key === this.refusedSetup) return false;
    this.session?.close();
    this.silence();
    // What the old session was told is gone with it: the sentence being typed is sent again.
    this.typed.restart($('text').value);
    this.note = null;
    let session = null;
    const ofThis = handler => (...args) => {
      if (session === this.session) handler(...args);
      this.render();
    };
    session = new RealtimeSession(withApiKeyParam(realtimeUrl(location)), setup, {
      onReady: ofThis(() => {}),
      onAudio: ofThis(bytes => this.play(bytes)),
      onTurnComplete: ofThis(() => { this.counters.turnsSpoken++; }),
      onInterrupted: ofThis(() => { this.note = ['interrupted', 'Interrupted.']; }),
      onError: ofThis(message => { this.note = ['error', `Error: ${message}`]; }),
      onClosed: ofThis((message, code) => this.closedByServer(message, code, key)),
    });
    this.session = session;
    this.counters.sessions++;
    this.render();
    return true;
  }

  closedByServer(message, code, key) {
    if (code === 1000 || code === 1001) {
      this.note = ['closed', `${message} It opens again when you type.`];
    } else {
      this.note = ['error', `Error: ${message}`];
      // A refused setup (a voice that does not exist) would only be refused again.
      if (code === 1008) this.refusedSetup = key;
    }
  }

  settingsChanged() {
    if (!this.on || !this.session) return;
    const key = setupKey(this.setupOf());
    if (key !== setupKey(this.session.setup) && key !== this.refusedSetup) this.open();
  }

  typedIn() {
    if (!this.on) return;
    clearTimeout(this.pauseTimer);
    if ((!this.session || this.session.closed) && !this.open()) return;
    const box = $('text');
    this.transmit(this.typed.update(box.value, this.caretAtEnd()));
    this.pauseTimer = setTimeout(() => this.transmit(this.typed.pause(box.value, this.caretAtEnd())), PAUSE_MS);
  }

  caretAtEnd() {
    const box = $('text');
    return box.selectionStart === box.value.length && box.selectionEnd === box.value.length;
  }

  /**
   * Sends messages of read-as-typed.js. An interruption an edit asks for is sent only when something may still be
   * spoken; one the person asked for (Stop) always.
   */
  transmit(messages, interruptAnyway = false) {
    const session = this.session;
    for (const message of messages) {
      if (message.interrupt) {
        if (!interruptAnyway && session.unfinishedTurns === 0 && this.audioAhead() === 0) continue;
        this.counters.interrupts++;
        this.silence();
      } else {
        this.counters.pieces++;
        if (message.turnComplete) this.counters.turnsCompleted++;
      }
      session.send(message);
    }
  }

  play(bytes) {
    // Nothing left to play: the audio played so far is forgotten, so a long session does not keep it all.
    if (this.audioAhead() === 0) this.silence();
    this.player.append(floatsFromPcm16(bytes));
    this.counters.audioFrames++;
    this.note = null;
    clearTimeout(this.speakingTimer);
    this.speakingTimer = setTimeout(() => this.render(), this.audioAhead() * 1000 + 100);
  }

  /** Stops what is playing; the player waits for the next audio, to play it at once. */
  silence() {
    this.player.reset();
    this.player.play();
  }

  /** Seconds of audio scheduled and not yet played. */
  audioAhead() {
    return this.player.playing ? Math.max(0, this.player.duration - this.player.position) : 0;
  }

  status() {
    if (!this.on) return this.session && !this.session.closed ? ['finishing', 'Reading the rest, then off.'] : ['off', 'Off.'];
    if (this.note) return this.note;
    if (!this.session?.ready) return ['connecting', 'Connecting…'];
    return this.audioAhead() > 0 ? ['speaking', 'Speaking…'] : ['connected', 'Connected.'];
  }

  render() {
    const [state, text] = this.status();
    const status = $('read-aloud-status');
    $('read-aloud-stop').disabled = !this.on;
    if (status.dataset.state === state && status.textContent === text) return;
    status.dataset.state = state;
    status.textContent = text;
  }
}
