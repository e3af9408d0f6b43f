// The voice list: every voice the server has, found by name, language, gender and grade, each with a short
// preview synthesized on demand (and kept, so that a second listen costs nothing).

import { getJson, postJson } from './api.js';
import { audioContext } from './player.js';

/** A short phrase in each language, by the first part of its tag. */
const PREVIEW_PHRASES = {
  en: 'Hello! This is how I sound.',
  es: '¡Hola! Así suena mi voz.',
  fr: 'Bonjour ! Voici ma voix.',
  it: 'Ciao! Questa è la mia voce.',
  pt: 'Olá! Esta é a minha voz.',
  hi: 'नमस्ते! मेरी आवाज़ ऐसी है।',
  ja: 'こんにちは。これが私の声です。',
  zh: '你好！这是我的声音。',
};

/** Grades from best to worst, as the voice catalogue publishes them. */
const GRADE_ORDER = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F+', 'F', 'F-'];

export function gradeRank(grade) {
  const rank = GRADE_ORDER.indexOf(grade);
  return rank < 0 ? GRADE_ORDER.length : rank;
}

/** The voices matching every filter; `minGrade` keeps that grade and better. */
export function filterVoices(voices, { query = '', language = '', gender = '', minGrade = '' }) {
  const q = query.trim().toLowerCase();
  return voices.filter(v => (!q || v.id.toLowerCase().includes(q) || v.name.toLowerCase().includes(q))
    && (!language || v.language === language)
    && (!gender || v.gender === gender)
    && (!minGrade || (v.grade && gradeRank(v.grade) <= gradeRank(minGrade))));
}

export function previewPhrase(languageTag) {
  return PREVIEW_PHRASES[languageTag.split('-')[0]] ?? PREVIEW_PHRASES.en;
}

/** Every voice, page by page (the list is paged at 100). */
export async function loadVoices() {
  const voices = [];
  for (let page = 1; ; page++) {
    const answer = await getJson(`/v1/audio/voices?page=${page}&page_size=100`);
    voices.push(...answer.voices);
    if (answer.voices.length === 0 || voices.length >= answer.total) return voices;
  }
}

const previews = new Map();

/** Plays a short sample of a voice, synthesized the first time and kept for the page's lifetime. */
export async function playPreview(voice) {
  const context = audioContext();
  if (!previews.has(voice.id)) {
    const response = await postJson('/v1/audio/speech', {
      model: 'kokoro', input: previewPhrase(voice.language), voice: voice.id, response_format: 'wav', stream: false,
    });
    previews.set(voice.id, await context.decodeAudioData(await response.arrayBuffer()));
  }
  const source = context.createBufferSource();
  source.buffer = previews.get(voice.id);
  source.connect(context.destination);
  source.start();
}
