// The studio: wires the form, the voice list, the streamed generation, the player and the history together.

import { withApiKey } from './api-key.js';
import { ApiError, getJson, isAbort, ndjsonLines, postJson } from './api.js';
import { $, button } from './dom.js';
import { clearFieldErrors, showFieldError } from './field-errors.js';
import { History } from './history.js';
import { audioContext, Player } from './player.js';
import { bytesFromBase64, clock, floatsFromPcm16 } from './pcm.js';
import { ReadAloud } from './read-aloud.js';
import { ReadAlong } from './read-along.js';
import { textFromFile } from './text-import.js';
import { initVoicePanel, loadVoiceList } from './voice-panel.js';
import { Waveform } from './waveform.js';

const IMPORTABLE = /\.(txt|md|markdown|srt)$/i;
/** Seconds the arrow and page keys move the position slider: its 0.1 s steps are too fine for a key. */
const SEEK_KEYS = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -30, PageUp: 30 };

/**
 * What a test (or a curious person, in the console) can read about the last generation: performance.now()
 * times of the request, the first audio buffer scheduled and the end of the response body.
 */
const metrics = {
  generations: 0, requestStart: null, firstAudioScheduled: null, responseEnd: null, positionAtResponseEnd: null,
  audioSeconds: 0,
  // Reading aloud as the text is typed: sessions opened, text messages (and those completing a turn) and
  // interruptions sent, audio messages played and turns the server finished.
  live: { sessions: 0, pieces: 0, turnsCompleted: 0, interrupts: 0, audioFrames: 0, turnsSpoken: 0 },
};
window.studioMetrics = metrics;

const state = {
  maxChars: Infinity,
  languageNames: new Map(),
  generation: null, // {controller} while a generation runs
  history: null,
  urls: [],
};

const player = new Player(at => {
  metrics.firstAudioScheduled = at;
  document.body.dataset.firstAudioMs = String(Math.round(at - metrics.requestStart));
});
const waveform = new Waveform($('waveform'));
const readAlong = new ReadAlong($('read-along'), seconds => {
  player.seek(seconds);
  if (!player.playing) play();
});

function setState(name) {
  document.body.dataset.state = name;
}

function announce(message) {
  $('status').textContent = message;
}

// ---- errors ----

function showError(error) {
  if (isAbort(error)) return;
  const control = error instanceof ApiError ? showFieldError(error.param, error.message) : null;
  if (control) {
    control.focus();
  } else {
    $('form-error').textContent = error.message;
    $('form-error').hidden = false;
  }
  announce(`Error: ${error.message}`);
}

function clearErrors() {
  clearFieldErrors();
  $('form-error').hidden = true;
  $('form-error').textContent = '';
}

// ---- text ----

function updateCount() {
  const n = $('text').value.length;
  const limit = Number.isFinite(state.maxChars) ? ` / ${state.maxChars}` : '';
  const over = n - state.maxChars;
  $('text-count').textContent = `${n}${limit} characters${over > 0 ? `, ${over} over the limit` : ''}`;
  $('text-count').classList.toggle('over', over > 0);
}

async function importFile(file) {
  clearErrors();
  if (!IMPORTABLE.test(file.name)) {
    showFieldError('input', `"${file.name}" is not a .txt, .md or .srt file.`);
    return;
  }
  $('text').value = textFromFile(file.name, await file.text());
  updateCount();
  announce(`Opened ${file.name}.`);
}

// ---- generation ----

function normalizationOptions() {
  const options = {};
  for (const box of document.querySelectorAll('.switches input[data-option]')) options[box.dataset.option] = box.checked;
  return options;
}

/** The voice, speed and language of the settings, named as a speech request and a realtime setup name them. */
function voiceSettings() {
  const settings = { voice: $('voice').value.trim(), speed: Number($('speed').value) };
  if ($('lang-code').value) settings.lang_code = $('lang-code').value;
  return settings;
}

function speechRequest() {
  const format = $('format').value;
  return {
    model: 'kokoro',
    input: $('text').value,
    ...voiceSettings(),
    // PCM plays as it arrives in every browser; the file in the chosen format is saved by the server.
    response_format: 'pcm',
    stream: true,
    return_download_link: true,
    download_format: format,
    caption_format: $('caption-format').value,
    normalization_options: normalizationOptions(),
  };
}

/** Generate and Stop take turns; the focus moves with them, so a keyboard user never lands on a disabled button. */
function setBusy(busy) {
  const [from, to] = busy ? [$('generate'), $('stop')] : [$('stop'), $('generate')];
  to.disabled = false;
  if (document.activeElement === from) to.focus();
  from.disabled = true;
}

function progress(charsDone, total) {
  $('progress').value = total ? Math.min(1, charsDone / total) : 0;
  $('progress-text').textContent = `${player.duration.toFixed(1)} s of audio, ${charsDone} of ${total} characters`;
}

async function generate() {
  if (state.generation) return;
  clearErrors();
  audioContext(); // in the key press or click, so that the browser lets it play
  const request = speechRequest();
  const controller = new AbortController();
  state.generation = { controller };
  setBusy(true);
  setState('generating');
  announce('Generating…');
  player.reset();
  waveform.setSamples(player.samples());
  readAlong.reset(request.input);
  clearDownloads();
  Object.assign(metrics, {
    requestStart: performance.now(), firstAudioScheduled: null, responseEnd: null, positionAtResponseEnd: null,
    audioSeconds: 0,
  });
  metrics.generations++;
  delete document.body.dataset.firstAudioMs;
  delete document.body.dataset.responseEndMs;
  progress(0, request.input.length);

  const pcm = [];
  const words = [];
  let captions = null;
  let downloadUrl = null;
  try {
    const response = await postJson('/dev/captioned_speech', request, controller.signal);
    let charsDone = 0;
    for await (const line of ndjsonLines(response.body)) {
      if (line.error) throw new ApiError(line.error, response.status);
      if (line.audio) {
        const bytes = bytesFromBase64(line.audio);
        pcm.push(bytes);
        player.append(floatsFromPcm16(bytes));
        if (!player.playing && player.pausedAt === 0 && player.length > 0) play();
        waveform.setSamples(player.samples());
      }
      if (line.timestamps?.length) {
        words.push(...line.timestamps);
        charsDone = readAlong.add(line.timestamps);
      }
      captions = line.captions ?? captions;
      downloadUrl = line.download_url ?? downloadUrl;
      progress(charsDone, request.input.length);
    }
    metrics.responseEnd = performance.now();
    metrics.positionAtResponseEnd = player.playing ? player.position : null;
    metrics.audioSeconds = player.duration;
    document.body.dataset.responseEndMs = String(Math.round(metrics.responseEnd - metrics.requestStart));
    player.finish();
    progress(request.input.length, request.input.length);
    const file = downloadUrl ? await fetchFile(downloadUrl).catch(error => {
      showError(error);
      return null;
    }) : null;
    const record = {
      createdAt: Date.now(), text: request.input, voice: request.voice, format: request.download_format,
      speed: request.speed, captionFormat: request.caption_format, duration: player.duration, words, captions,
      file, pcm: new Blob(pcm),
    };
    showDownloads(record);
    await remember(record);
    setState('done');
    announce(`Done: ${player.duration.toFixed(1)} seconds of audio.`);
  } catch (error) {
    player.finish();
    if (isAbort(error)) {
      player.stop();
      setState('stopped');
      announce(`Stopped after ${player.duration.toFixed(1)} seconds of audio.`);
    } else {
      setState('error');
      showError(error);
    }
  } finally {
    state.generation = null;
    setBusy(false);
    $('play').disabled = player.length === 0;
    $('seek').disabled = player.length === 0;
  }
}

async function fetchFile(url) {
  const response = await fetch(url, withApiKey());
  if (!response.ok) throw new ApiError((await response.json().catch(() => null))?.error, response.status);
  return response.blob();
}

function stop() {
  state.generation?.controller.abort();
}

// ---- playback ----

function play() {
  player.play();
  $('play').textContent = 'Pause';
  $('play').disabled = false;
  $('seek').disabled = false;
}

function togglePlay() {
  if (player.playing) {
    player.pause();
    $('play').textContent = 'Play';
  } else {
    play();
  }
}

let drawn = '';

function frame() {
  if (player.checkEnded()) $('play').textContent = 'Play';
  const position = player.position;
  const duration = player.duration;
  const now = `${position.toFixed(2)}/${duration}/${$('waveform').width}`;
  if (now !== drawn) {
    drawn = now;
    $('seek').max = String(duration);
    $('seek').value = String(position);
    $('seek').setAttribute('aria-valuetext', `${clock(position)} of ${clock(duration)}`);
    $('time').textContent = `${clock(position)} / ${clock(duration)}`;
    waveform.draw(duration ? position / duration : 0);
    readAlong.follow(player.playing || position > 0 ? position : null);
  }
  requestAnimationFrame(frame);
}

// ---- downloads and history ----

function objectUrl(blob) {
  const url = URL.createObjectURL(blob);
  state.urls.push(url);
  return url;
}

function clearDownloads() {
  state.urls.forEach(url => URL.revokeObjectURL(url));
  state.urls = [];
  $('download-audio').hidden = true;
  $('download-captions').hidden = true;
}

function fileStem(record) {
  const stamp = new Date(record.createdAt).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `kokoro-${stamp}-${record.voice.replace(/[^A-Za-z0-9_]+/g, '_')}`;
}

function showDownloads(record) {
  clearDownloads();
  const stem = fileStem(record);
  if (record.file) {
    Object.assign($('download-audio'), { href: objectUrl(record.file), download: `${stem}.${record.format}`, hidden: false });
    $('download-audio').textContent = `Download audio (${record.format})`;
  }
  if (record.captions) {
    const type = record.captionFormat === 'vtt' ? 'text/vtt' : 'application/x-subrip';
    Object.assign($('download-captions'), {
      href: objectUrl(new Blob([record.captions], { type })), download: `${stem}.${record.captionFormat}`, hidden: false,
    });
    $('download-captions').textContent = `Download captions (${record.captionFormat})`;
  }
}

async function remember(record) {
  if (!state.history) return;
  try {
    await state.history.add(record);
    await renderHistory();
  } catch (error) {
    // A full disk or quota: the audio is still here to play and download.
    showError(new Error(`The generation could not be kept in the history: ${error.message}`));
  }
}

async function renderHistory() {
  const records = await state.history.list();
  $('history-list').replaceChildren(...records.map(record => {
    const li = document.createElement('li');
    const text = document.createElement('span');
    text.className = 'history-text';
    text.textContent = record.text;
    const meta = document.createElement('span');
    meta.className = 'history-meta';
    meta.textContent = `${new Date(record.createdAt).toLocaleString()} · ${record.voice} · ${clock(record.duration)} · ${record.format}`;
    const what = `the generation of ${new Date(record.createdAt).toLocaleTimeString()}`;
    li.append(text, meta,
      button('Replay', what, () => replay(record.id)),
      button('Delete', what, async () => {
        await state.history.remove(record.id);
        await renderHistory();
        $('history-heading').focus();
      }));
    return li;
  }));
  if (records.length === 0) $('history-note').textContent = 'Nothing yet: each generation is kept here, the last 20, in this browser.';
  else if (records.length === 1) $('history-note').textContent = 'The last generation, kept in this browser.';
  else $('history-note').textContent = `The last ${records.length} generations, kept in this browser.`;
}

async function replay(id) {
  if (state.generation) return;
  const record = await state.history.get(id);
  if (!record) return;
  audioContext();
  player.reset();
  player.append(floatsFromPcm16(new Uint8Array(await record.pcm.arrayBuffer())));
  player.finish();
  waveform.setSamples(player.samples());
  readAlong.reset(record.text, record.words);
  showDownloads(record);
  progress(record.text.length, record.text.length);
  play();
  announce(`Replaying ${clock(record.duration)} of audio from ${new Date(record.createdAt).toLocaleString()}.`);
}

// ---- start ----

async function loadCapabilities() {
  const caps = await getJson('/v1/capabilities');
  state.maxChars = caps.limits.max_input_chars;
  Object.assign($('speed'), { min: caps.limits.speed.min, max: caps.limits.speed.max });
  $('format').replaceChildren(...caps.response_formats.map(f => new Option(f, f, f === 'mp3', f === 'mp3')));
  for (const language of caps.languages) {
    state.languageNames.set(language.tag, language.name);
    $('lang-code').append(new Option(`${language.name} (${language.lang_code})`, language.lang_code));
  }
  $('server-info').textContent = `Model ${caps.model.file} on ${caps.model.device}, ${caps.voices_total} voices, `
    + `up to ${caps.limits.max_input_chars} characters a request.`;
  updateCount();
}

async function openHistory() {
  state.history = await History.open();
  if (state.history) await renderHistory();
  else $('history-note').textContent = 'This browser keeps no history here (IndexedDB is not available).';
}

function wire() {
  $('text').addEventListener('input', updateCount);
  $('text-file').addEventListener('change', event => {
    const file = event.target.files[0];
    if (file) importFile(file);
    event.target.value = '';
  });
  const zone = $('drop-zone');
  zone.addEventListener('dragover', event => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const file = event.dataTransfer.files[0];
    if (file) importFile(file);
  });
  initVoicePanel(state.languageNames, { announce, showError, clearErrors });
  new ReadAloud(voiceSettings, metrics.live).wire();
  $('speed').addEventListener('input', () => {
    $('speed-value').textContent = `${Number($('speed').value).toFixed(2)}×`;
  });
  $('generate').addEventListener('click', generate);
  $('stop').addEventListener('click', stop);
  $('play').addEventListener('click', togglePlay);
  $('seek').addEventListener('input', () => player.seek(Number($('seek').value)));
  $('seek').addEventListener('keydown', event => {
    const jump = SEEK_KEYS[event.key];
    if (jump === undefined || player.length === 0) return;
    event.preventDefault();
    player.seek(player.position + jump);
  });
  $('waveform').addEventListener('click', event => {
    const box = event.currentTarget.getBoundingClientRect();
    player.seek(((event.clientX - box.left) / box.width) * player.duration);
  });
  document.addEventListener('keydown', event => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      generate();
    }
  });
  $('history-heading').tabIndex = -1;
  // The waveform's colours come from the theme: draw it again when the theme changes.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { drawn = ''; });
}

async function start() {
  if (!('AudioContext' in window)) {
    $('form-error').textContent = 'This browser has no Web Audio: the studio cannot play speech in it.';
    $('form-error').hidden = false;
  }
  wire();
  setState('loading');
  requestAnimationFrame(frame);
  try {
    // The capabilities first: the voice list shows their language names.
    await loadCapabilities();
    await Promise.all([loadVoiceList(), openHistory()]);
    setState('ready');
  } catch (error) {
    setState('error');
    $('server-info').textContent = 'The server did not answer.';
    showError(error);
  }
}

start();
