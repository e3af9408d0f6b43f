import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastSentenceStart, TypedTurns } from '../../../main/resources/web/read-as-typed.js';

/** A message as the table writes it: ⏹ for an interruption, «text» for a piece, ⏎ after one that completes its turn. */
const shown = message => (message.interrupt ? '⏹' : `«${message.text}»${message.turnComplete ? '⏎' : ''}`);

/** What the page does: type at the end of the box, edit elsewhere in it, pause, Stop, switch off with the caret at the end or away. */
const STEPS = {
  type: (turns, text) => turns.update(text, true),
  edit: (turns, text) => turns.update(text, false),
  pause: (turns, text) => turns.pause(text, true),
  stop: (turns, text) => turns.stop(text),
  finish: (turns, text) => turns.finish(text, true),
  'finish away': (turns, text) => turns.finish(text, false),
};

// [case, text in the box when the mode is switched on, [[step, the box's text, the messages sent]...]]
const CASES = [
  ['a word goes once it ends', '', [
    ['type', 'Hel', []], ['type', 'Hello ', ['«Hello »']], ['type', 'Hello wor', []], ['type', 'Hello world, ', ['«world, »']]]],
  ['a typo fixed before its word ends costs nothing', '', [
    ['type', 'Hello ', ['«Hello »']], ['type', 'Hello wro', []], ['type', 'Hello wr', []], ['type', 'Hello world ', ['«world »']]]],
  ['a line break ends the turn', '', [
    ['type', 'Hi there\n', ['«Hi there»⏎']], ['type', 'Hi there\nNext ', ['«Next »']]]],
  ['a line break after a word already sent', '', [
    ['type', 'Hi ', ['«Hi »']], ['type', 'Hi \n', ['«»⏎']]]],
  ['blank lines and spaces open no turn', '', [
    ['type', '\n\n  ', []], ['type', '\n\n  Go ', ['«Go »']]]],
  ['pasted lines are a turn each', '', [
    ['type', 'One.\nTwo, three\nfour ', ['«One.»⏎', '«Two, three»⏎', '«four »']]]],
  ['a CJK mark ends a word', '', [
    ['type', '你好，世', ['«你好，»']], ['type', '你好，世界。', ['«世界。»']]]],
  ['a pause after a finished sentence ends the turn', '', [
    ['type', 'It is done.', ['«It is »']], ['pause', 'It is done.', ['«done.»⏎']], ['type', 'It is done. And ', ['«And »']]]],
  ['a pause in a sentence sends nothing', '', [
    ['type', 'Still going ', ['«Still going »']], ['pause', 'Still going ', []], ['pause', 'Still going on', []]]],
  ['a pause after a closing quote', '', [
    ['pause', 'He said “no.”', ['«He said »', '«“no.”»⏎']]]],
  ['editing sent text interrupts; the sentence goes again once typing goes on at the end', '', [
    ['type', 'First one. Second ', ['«First one. Second »']],
    ['edit', 'First one. Secnd ', ['⏹']],
    ['edit', 'First one. Second ', []],
    ['type', 'First one. Second try ', ['«Second try »']]]],
  ['deleting a sent space at the end interrupts and sends the words before it again', '', [
    ['type', 'Go now ', ['«Go now »']], ['type', 'Go now', ['⏹', '«Go »']], ['type', 'Go no', []], ['type', 'Go now ', ['«now »']]]],
  ['editing text not sent yet interrupts nothing', '', [
    ['type', 'Keep typing', ['«Keep »']], ['type', 'Keep tpying', []], ['type', 'Keep typing ', ['«typing »']]]],
  ['text typed away from the end waits for the caret to come back', '', [
    ['edit', 'Middle words ', []], ['type', 'Middle words ', ['«Middle words »']]]],
  ['Stop interrupts; the sentence being typed goes again as a new turn', '', [
    ['type', 'The fox runs, and ', ['«The fox runs, and »']],
    ['stop', 'The fox runs, and ', ['⏹']],
    ['type', 'The fox runs, and then ', ['«The fox runs, and then »']]]],
  ['Stop after a finished sentence: only the next one goes', '', [
    ['type', 'Done. Next ', ['«Done. Next »']], ['stop', 'Done. Next ', ['⏹']], ['type', 'Done. Next one ', ['«Next one »']]]],
  ['switched on with text: its unfinished sentence goes once typing goes on', 'Old text. Half a sen', [
    ['type', 'Old text. Half a sentence ', ['«Half a sentence »']]]],
  ['switched on after a finished sentence: only new text goes', 'Old text. ', [
    ['type', 'Old text. New ', ['«New »']]]],
  ['switching off sends the rest and completes the turn', '', [
    ['type', 'Last words', ['«Last »']], ['finish', 'Last words', ['«words»⏎']]]],
  ['switching off with nothing typed sends nothing', '', [
    ['finish', '', []]]],
  ['switching off away from the end completes the open turn only', '', [
    ['type', 'Open turn ', ['«Open turn »']], ['finish away', 'Open turn and more', ['«»⏎']]]],
];

for (const [name, start, steps] of CASES) {
  test(name, () => {
    const turns = new TypedTurns(start);
    for (const [step, text, expected] of steps) {
      assert.deepEqual(STEPS[step](turns, text).map(shown), expected, `${step} ${JSON.stringify(text)}`);
    }
  });
}

test('where the sentence at the end starts', () => {
  const cases = [
    ['', 0], ['Hello', 0], ['One. Two', 5], ['One.Two', 0], ['3.5 is close', 0], ['Wow! ', 5], ['Why?\tBecause', 5],
    ['“Quoted.” Next', 10], ['(Aside.) Then', 9], ['Line one\nline two', 9], ['Line one\n\n  ', 12], ['你好。世界', 3],
    ['Wait… what', 6],
  ];
  for (const [text, start] of cases) assert.equal(lastSentenceStart(text), start, JSON.stringify(text));
});
