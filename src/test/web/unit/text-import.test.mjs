import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textFromFile, textFromMarkdown, textFromSrt } from '../../../main/resources/web/text-import.js';

test('an .srt file keeps its spoken lines only', () => {
  const srt = '\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\nHello there.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000 X1:10\r\n'
    + '<i>General</i>\r\nKenobi.\r\n\r\n3\r\n00:00:05.000 --> 00:00:06.000\r\n{\\an8}1999 was a year.\r\n';
  assert.equal(textFromSrt(srt), 'Hello there.\nGeneral Kenobi.\n1999 was a year.');
});

test('a number alone on a line that is not a cue number stays', () => {
  assert.equal(textFromSrt('1\n00:00:01,000 --> 00:00:02,000\nThe answer is\n42\n'), 'The answer is 42');
});

const markdown = [
  ['# Title', 'Title'],
  ['## Closed heading ##', 'Closed heading'],
  ['Some **bold**, __strong__, *italic* and _em_ words.', 'Some bold, strong, italic and em words.'],
  ['A [link](https://example.com) and ![a cat](cat.png).', 'A link and a cat.'],
  ['> quoted text', 'quoted text'],
  ['- item one', 'item one'],
  ['1. first', 'first'],
  ['- [x] done', 'done'],
  ['Use `npm ci` here.', 'Use npm ci here.'],
  ['~~gone~~ <b>bold</b>', 'gone bold'],
  ['snake_case_name stays', 'snake_case_name stays'],
  ['---', ''],
  ['| a | b |\n|---|---|\n| 1 | 2 |', 'a, b\n1, 2'],
  ['```js\nconst x = 1;\n```', 'const x = 1;'],
  ['[ref]: https://example.com', ''],
];
for (const [md, text] of markdown) {
  test(`markdown ${JSON.stringify(md)}`, () => assert.equal(textFromMarkdown(md), text));
}

test('the file name decides the treatment', () => {
  assert.equal(textFromFile('notes.MD', '# Hi'), 'Hi');
  assert.equal(textFromFile('a.txt', '\uFEFF# not markdown'), '# not markdown');
  assert.equal(textFromFile('x.srt', '1\n00:00:00,000 --> 00:00:01,000\nYes.'), 'Yes.');
});
