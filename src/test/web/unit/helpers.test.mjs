import assert from 'node:assert/strict';
import { test } from 'node:test';
import { controlIdFor } from '../../../main/resources/web/field-errors.js';
import { clock, floatsFromPcm16 } from '../../../main/resources/web/pcm.js';
import { filterVoices, gradeRank, previewPhrase } from '../../../main/resources/web/voice-finder.js';

test('each field the server may name has its control', () => {
  const cases = [
    ['input', 'text'], ['voice', 'voice'], ['speed', 'speed'], ['lang_code', 'lang-code'],
    ['response_format', 'format'], ['download_format', 'format'], ['caption_format', 'caption-format'],
    ['formula', 'voice'], ['name', 'voice-id'], ['voice_id', 'voice-id'],
    ['normalization_options.url_normalization', 'norm-url-normalization'],
    ['model', null], [null, null], ['constructor', null],
  ];
  for (const [param, id] of cases) assert.equal(controlIdFor(param), id, String(param));
});

test('16-bit little-endian PCM to samples', () => {
  const samples = floatsFromPcm16(new Uint8Array([0x00, 0x00, 0xff, 0x7f, 0x00, 0x80, 0xff, 0xff, 0x01]));
  assert.deepEqual([...samples], [0, 32767 / 32768, -1, -1 / 32768]);
});

test('clock', () => {
  assert.equal(clock(0), '0:00');
  assert.equal(clock(65.9), '1:05');
  assert.equal(clock(-3), '0:00');
});

const voices = [
  { id: 'af_heart', name: 'Heart', language: 'en-us', gender: 'female', grade: 'A' },
  { id: 'af_bella', name: 'Bella', language: 'en-us', gender: 'female', grade: 'A-' },
  { id: 'bm_george', name: 'George', language: 'en-gb', gender: 'male', grade: 'C' },
  { id: 'my_voice', name: 'Mine', language: 'en-gb', gender: 'male' },
];
const ids = filter => filterVoices(voices, filter).map(v => v.id);

test('voices found by name, language, gender and grade', () => {
  assert.deepEqual(ids({ query: 'BEL' }), ['af_bella']);
  assert.deepEqual(ids({ query: 'george' }), ['bm_george']);
  assert.deepEqual(ids({ language: 'en-gb' }), ['bm_george', 'my_voice']);
  assert.deepEqual(ids({ gender: 'female' }), ['af_heart', 'af_bella']);
  assert.deepEqual(ids({ minGrade: 'A-' }), ['af_heart', 'af_bella']);
  assert.deepEqual(ids({ minGrade: 'C' }), ['af_heart', 'af_bella', 'bm_george']);
  assert.deepEqual(ids({}), voices.map(v => v.id));
});

test('grades rank best first; an unknown grade last', () => {
  assert.ok(gradeRank('A') < gradeRank('A-'));
  assert.ok(gradeRank('B-') < gradeRank('C+'));
  assert.ok(gradeRank('F+') < gradeRank('??'));
});

test('a preview phrase for each language, English otherwise', () => {
  assert.match(previewPhrase('fr-fr'), /Bonjour/);
  assert.match(previewPhrase('cmn'), /Hello/);
  assert.match(previewPhrase('ja'), /こんにちは/);
});
