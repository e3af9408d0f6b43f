// Follows the spoken words in the text: each word the server timed is found in the text after the one before
// it, and the pane shows the text with the word being spoken marked.

/** How far past the previous word a timed word is looked for, so that one unmatched word cannot jump ahead. */
const SEARCH_WINDOW = 200;

/**
 * Places timed words [{word, start_time, end_time}] in the text, in order, from character `from` on; a word
 * that is not found nearby is left out. Returns [{start, end, startTime, endTime}] and where the search ended.
 */
export function alignWords(text, words, from = 0) {
  const lower = text.toLowerCase();
  const placed = [];
  let cursor = from;
  for (const w of words) {
    const needle = (w.word ?? '').trim().toLowerCase();
    if (!needle) continue;
    const at = lower.indexOf(needle, cursor);
    if (at < 0 || at - cursor > SEARCH_WINDOW) continue;
    placed.push({ start: at, end: at + needle.length, startTime: w.start_time, endTime: w.end_time });
    cursor = at + needle.length;
  }
  return { placed, cursor };
}

/** The index of the word being spoken at `time` (the last one started), or -1 before the first. */
export function wordAt(placed, time) {
  let lo = 0;
  let hi = placed.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].startTime <= time) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
  }
  return found;
}

export class ReadAlong {
  constructor(pane, onSeek) {
    this.pane = pane;
    this.text = '';
    this.placed = [];
    this.cursor = 0;
    this.spans = [];
    this.current = -1;
    pane.addEventListener('click', event => {
      const span = event.target.closest('.word');
      if (span) onSeek(this.placed[Number(span.dataset.index)].startTime);
    });
  }

  /** Starts over with a new text and, for a generation from the history, its words. */
  reset(text, words = []) {
    this.text = text;
    this.placed = [];
    this.cursor = 0;
    this.current = -1;
    this.add(words);
  }

  /** Adds the words of a chunk; returns how many characters of the text have been spoken so far. */
  add(words) {
    const { placed, cursor } = alignWords(this.text, words, this.cursor);
    this.placed.push(...placed);
    this.cursor = cursor;
    this.render();
    return this.cursor;
  }

  render() {
    const fragment = document.createDocumentFragment();
    let at = 0;
    this.spans = this.placed.map((word, index) => {
      if (word.start > at) fragment.append(this.text.slice(at, word.start));
      const span = document.createElement('span');
      span.className = 'word';
      span.dataset.index = String(index);
      span.textContent = this.text.slice(word.start, word.end);
      fragment.append(span);
      at = word.end;
      return span;
    });
    fragment.append(this.text.slice(at));
    this.pane.replaceChildren(fragment);
    this.current = -1;
  }

  /** Marks the word spoken at `time` seconds and keeps it in view. */
  follow(time) {
    const index = time === null ? -1 : wordAt(this.placed, time);
    if (index === this.current) return;
    this.spans[this.current]?.classList.remove('now');
    this.current = index;
    const span = this.spans[index];
    if (!span) return;
    span.classList.add('now');
    const top = span.offsetTop; // the pane is positioned: offsets count from it
    if (top < this.pane.scrollTop || top > this.pane.scrollTop + this.pane.clientHeight - span.offsetHeight) {
      this.pane.scrollTop = Math.max(0, top - this.pane.clientHeight / 3);
    }
  }
}
