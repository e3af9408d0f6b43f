// Which text of a box being typed goes to a realtime session, and when. Only what is typed at the end of the
// box is sent, a word at a time: a word goes once it has ended (a space, a line break, a CJK mark), since the
// server speaks a clause only once the character after its mark has arrived, so holding the word being typed
// delays nothing, and a typo fixed before the word ends costs nothing. A line break ends the turn, and so does
// a pause after a finished sentence. Changing text that was sent makes what is being spoken wrong: it
// interrupts, and the sentence at the end of the box is sent again, as a new turn, once typing goes on there.
// No DOM here: the page calls these methods and sends the messages they return.

/** The message that cancels what the session is speaking. */
export const INTERRUPT = Object.freeze({ interrupt: true });

const CLOSERS = `"'’”»)\\]」』）】`;
/** A sentence is over after its mark (and closing quotes or brackets) and a space, or after a line break. */
const SENTENCE_BREAK = new RegExp(`[.!?…][${CLOSERS}]*\\s+|[。！？｡][${CLOSERS}]*\\s*|\\n\\s*`, 'g');
const SENTENCE_END = new RegExp(`[.!?…。！？｡][${CLOSERS}]*$`);
/** After these a word is over; the CJK marks end a clause whatever follows them. */
const WORD_END = /[\s，、；：。！？｡､]/;

/** Where the sentence at the end of the text starts: after its last finished sentence or line break. */
export function lastSentenceStart(text) {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_BREAK)) start = match.index + match[0].length;
  return start;
}

/** How much of `tail` is whole words: up to and including its last word end; 0 for none. */
function wholeWords(tail) {
  for (let i = tail.length - 1; i >= 0; i--) {
    if (WORD_END.test(tail[i])) return i + 1;
  }
  return 0;
}

/**
 * Follows one text box. Messages are {@link INTERRUPT} or {text, turnComplete}. `atEnd` says whether the caret is
 * at the end of the box: only then is anything sent.
 */
export class TypedTurns {
  /** Starts following a box that already holds `text`: its unfinished last sentence is sent once typing goes on. */
  constructor(text = '') {
    this.restart(text);
  }

  /**
   * Forgets what was sent (after an interruption, or on a new session): the sentence at the end of the box is
   * sent again from its start once typing goes on.
   */
  restart(text) {
    /** The start of the box that is sent or passed over; what follows it is not sent yet. */
    this.consumed = text.slice(0, lastSentenceStart(text));
    /** A turn has text and no turnComplete yet. */
    this.turnOpen = false;
    /** Something was sent since the last interruption: the session may still be speaking it. */
    this.live = false;
  }

  /** The box now holds `text`. */
  update(text, atEnd) {
    const messages = [];
    if (!text.startsWith(this.consumed)) {
      if (this.live) messages.push(INTERRUPT);
      this.restart(text);
    }
    if (!atEnd) return messages;
    let tail = text.slice(this.consumed.length);
    for (let lineEnd = tail.indexOf('\n'); lineEnd >= 0; lineEnd = tail.indexOf('\n')) {
      this.send(tail.slice(0, lineEnd), true, messages);
      this.consumed += '\n';
      tail = tail.slice(lineEnd + 1);
    }
    this.send(tail.slice(0, wholeWords(tail)), false, messages);
    return messages;
  }

  /** Typing has paused: a finished sentence left at the end ends the turn, so that it is spoken now. */
  pause(text, atEnd) {
    const messages = this.update(text, atEnd);
    const tail = text.slice(this.consumed.length);
    if (atEnd && SENTENCE_END.test(tail.trimEnd())) this.send(tail, true, messages);
    return messages;
  }

  /**
   * Reading aloud ends: the rest of the text at the end of the box is sent, and an open turn completed, so that
   * the session has nothing left waiting for more text.
   */
  finish(text, atEnd) {
    const messages = this.update(text, atEnd);
    this.send(atEnd ? text.slice(this.consumed.length) : '', true, messages);
    return messages;
  }

  /** Stop: the session is interrupted, and the sentence at the end is sent again once typing goes on. */
  stop(text) {
    this.restart(text);
    return [INTERRUPT];
  }

  /**
   * Sends `piece`, the text right after what is consumed; an empty piece only to complete the turn. No turn is
   * opened for blank text: the blank start of a turn is passed over.
   */
  send(piece, turnComplete, messages) {
    this.consumed += piece;
    if (!piece && !turnComplete) return;
    if (!this.turnOpen) {
      if (!piece.trim()) return;
      piece = piece.trimStart();
    }
    messages.push({ text: piece, turnComplete });
    this.turnOpen = !turnComplete;
    this.live = true;
  }
}
