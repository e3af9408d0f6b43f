import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignWords, wordAt } from '../../../main/resources/web/read-along.js';

const timed = (...words) => words.map((word, i) => ({ word, start_time: i, end_time: i + 1 }));

test('words are found in order, the same word twice at its two places', () => {
  const text = 'The cat saw the Cat.';
  const { placed, cursor } = alignWords(text, timed('The', 'cat', 'saw', 'the', 'Cat'));
  assert.deepEqual(placed.map(w => text.slice(w.start, w.end)), ['The', 'cat', 'saw', 'the', 'Cat']);
  assert.deepEqual(placed.map(w => w.start), [0, 4, 8, 12, 16]);
  assert.equal(cursor, 19);
});

test('a word not in the text is skipped and the next one still found', () => {
  const text = 'It costs $5 today.';
  const { placed } = alignWords(text, timed('It', 'costs', 'five dollars', 'today'));
  assert.deepEqual(placed.map(w => text.slice(w.start, w.end)), ['It', 'costs', 'today']);
  assert.deepEqual(placed.map(w => w.startTime), [0, 1, 3]);
});

test('a chunk continues where the one before it ended', () => {
  const text = 'one two one two';
  const first = alignWords(text, timed('one', 'two'));
  const second = alignWords(text, timed('one', 'two'), first.cursor);
  assert.deepEqual(second.placed.map(w => w.start), [8, 12]);
});

test('a word far ahead is not jumped to', () => {
  const text = `start ${'x '.repeat(300)}target`;
  assert.deepEqual(alignWords(text, timed('start', 'target')).placed.length, 1);
});

test('the word spoken at a time is the last one started', () => {
  const placed = [0, 0.5, 1.2].map(startTime => ({ startTime }));
  assert.equal(wordAt(placed, -0.1), -1);
  assert.equal(wordAt(placed, 0), 0);
  assert.equal(wordAt(placed, 0.7), 1);
  assert.equal(wordAt(placed, 99), 2);
  assert.equal(wordAt([], 1), -1);
});
