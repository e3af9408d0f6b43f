// The voice panel: the list of the server's voices with its filters and previews, the mix of several with
// weight sliders, the formula it sends, and saving that formula as a named voice.

import { postJson } from './api.js';
import { $, button } from './dom.js';
import { filterVoices, gradeRank, loadVoices, playPreview } from './voice-finder.js';
import { formatWeight, formulaOf, parseFormula } from './voice-mix.js';

let voices = [];
let mix = [];
/** Language tag → its name, from the server's capabilities. */
let languageNames = new Map();
/** The page's status line and error display. */
let page = null;

/** Wires the panel's controls; `hooks` are the page's announce, showError and clearErrors. */
export function initVoicePanel(names, hooks) {
  languageNames = names;
  page = hooks;
  for (const id of ['voice-search', 'voice-language', 'voice-gender', 'voice-grade']) {
    $(id).addEventListener('input', renderVoices);
  }
  $('voice').addEventListener('input', formulaTyped);
  $('save-voice').addEventListener('click', saveVoice);
  $('voice-id').addEventListener('keydown', event => {
    if (event.key === 'Enter') saveVoice();
  });
}

function voiceLabel(voice) {
  const language = languageNames.get(voice.language) ?? voice.language;
  return [language, voice.gender, voice.grade ? `grade ${voice.grade}` : null].filter(Boolean).join(' · ');
}

function renderVoices() {
  // The list is rebuilt: a focused button in it gets its focus back on the rebuilt one.
  const focused = document.activeElement?.closest('#voice-list li')
    ? [document.activeElement.closest('li').dataset.voice, document.activeElement.firstChild.textContent] : null;
  const shown = filterVoices(voices, {
    query: $('voice-search').value,
    language: $('voice-language').value,
    gender: $('voice-gender').value,
    minGrade: $('voice-grade').value,
  });
  const items = shown.map(voice => {
    const li = document.createElement('li');
    li.dataset.voice = voice.id;
    const name = document.createElement('span');
    name.className = 'voice-name';
    name.textContent = voice.name === voice.id ? voice.id : `${voice.name} (${voice.id})`;
    const meta = document.createElement('span');
    meta.className = 'voice-meta';
    meta.textContent = voiceLabel(voice);
    li.append(name, meta,
      button('Preview', voice.id, () => preview(voice)),
      button('Use', voice.id, () => setMix([{ id: voice.id, weight: 1 }])),
      button('Mix in', voice.id, () => mixIn(voice.id)));
    return li;
  });
  $('voice-list').replaceChildren(...items);
  if (focused) {
    [...document.querySelectorAll(`#voice-list li[data-voice="${focused[0]}"] button`)]
      .find(b => b.firstChild.textContent === focused[1])?.focus();
  }
  $('voice-count').textContent = `${shown.length} of ${voices.length} voices`;
}

function fillVoiceFilters() {
  const languages = [...new Set(voices.map(v => v.language))].sort();
  $('voice-language').replaceChildren(new Option('Any', ''),
    ...languages.map(tag => new Option(languageNames.get(tag) ?? tag, tag)));
  fillGrades();
}

function fillGrades() {
  const chosen = $('voice-grade').value;
  const grades = [...new Set(voices.map(v => v.grade).filter(Boolean))].sort((a, b) => gradeRank(a) - gradeRank(b));
  $('voice-grade').replaceChildren(new Option('Any', ''), ...grades.map(g => new Option(`${g} or better`, g)));
  $('voice-grade').value = grades.includes(chosen) ? chosen : '';
}

async function preview(voice) {
  page.announce(`Preview of ${voice.id}…`);
  try {
    await playPreview(voice);
    page.announce(`Playing the preview of ${voice.id}.`);
  } catch (error) {
    page.showError(error);
  }
}

function setMix(entries, { writeFormula = true } = {}) {
  mix = entries;
  if (writeFormula) $('voice').value = formulaOf(mix);
  renderMix();
}

function mixIn(id) {
  if (mix.some(entry => entry.id === id)) {
    $(`mix-weight-${id}`)?.focus();
    return;
  }
  setMix([...mix, { id, weight: 1 }]);
  page.announce(`${id} is in the mix: ${$('voice').value}`);
}

function renderMix() {
  $('mix-empty').hidden = mix.length > 0;
  $('mix-list').replaceChildren(...mix.map(entry => {
    const li = document.createElement('li');
    const id = `mix-weight-${entry.id}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = entry.id;
    const range = Object.assign(document.createElement('input'), {
      type: 'range', id, min: '0.1', max: '5', step: '0.1', value: String(entry.weight),
    });
    range.setAttribute('aria-describedby', 'voice');
    const output = document.createElement('output');
    output.htmlFor = id;
    output.textContent = formatWeight(entry.weight);
    range.addEventListener('input', () => {
      entry.weight = Number(range.value);
      output.textContent = formatWeight(entry.weight);
      $('voice').value = formulaOf(mix);
    });
    li.append(label, range, output, button('Remove', entry.id, () => {
      setMix(mix.filter(e => e !== entry));
      $('voice').focus();
    }));
    return li;
  }));
}

/** A typed formula that is a plain sum of known voices moves the sliders; anything else is left to the server. */
function formulaTyped() {
  const typed = parseFormula($('voice').value);
  const known = new Set(voices.map(v => v.id));
  if (typed && typed.every(entry => known.has(entry.id))) setMix(typed, { writeFormula: false });
}

async function saveVoice() {
  page.clearErrors();
  try {
    const response = await postJson('/v1/audio/voices', { voice_id: $('voice-id').value.trim(), formula: $('voice').value });
    const created = await response.json();
    voices = await loadVoices();
    fillVoiceFilters();
    renderVoices();
    setMix([{ id: created.id, weight: 1 }]);
    $('voice-id').value = '';
    page.announce(`Saved the voice as ${created.id}.`);
  } catch (error) {
    page.showError(error);
  }
}

/** Loads the voices into the list, starting with af_heart when no voice is chosen. */
export async function loadVoiceList() {
  voices = await loadVoices();
  fillVoiceFilters();
  renderVoices();
  if (!$('voice').value) {
    const first = voices.find(v => v.id === 'af_heart') ?? voices[0];
    if (first) setMix([{ id: first.id, weight: 1 }]);
  }
}
