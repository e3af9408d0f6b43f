// Drives the real /web studio in headless Chromium against a running kokoro-server:
//   node studio.browser.mjs <baseUrl> <artifactDir>
// Exits 0 when every check passes; otherwise prints the failed check and exits 1. Screenshots, the
// downloaded audio and the measured times are left in <artifactDir>.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [baseUrl, artifactDir] = process.argv.slice(2);
if (!baseUrl || !artifactDir) {
  console.error('usage: node studio.browser.mjs <baseUrl> <artifactDir>');
  process.exit(2);
}
mkdirSync(artifactDir, { recursive: true });
rmSync(join(artifactDir, 'failure.png'), { force: true });
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SENTENCE = 'The quick brown fox jumps over the lazy dog, and then it runs far away into the forest. ';
const results = {};

class CheckFailed extends Error {}

function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

async function step(name, run) {
  const started = Date.now();
  await run();
  console.log(`ok  ${name} (${Date.now() - started} ms)`);
}

async function health() {
  const answer = await fetch(`${baseUrl}/health`);
  return (await answer.json()).synthesis;
}

/** Waits until the condition holds in the page, failing with `what` after `ms`. */
async function waitIn(page, what, fn, arg, ms = 30_000) {
  try {
    await page.waitForFunction(fn, arg, { timeout: ms, polling: 50 });
  } catch {
    throw new CheckFailed(`${what}: not within ${ms} ms (page state: ${await page.evaluate(() => document.body.dataset.state)}, `
      + `status: ${await page.textContent('#status')}, error: ${await page.textContent('#form-error')})`);
  }
}

async function axe(page, label) {
  await page.addScriptTag({ content: AXE });
  const outcome = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = outcome.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  results[`axe_${label}`] = outcome.violations.map(v => `${v.impact} ${v.id}`);
  check(bad.length === 0, `axe (${label}) found serious or critical violations:\n${bad.map(v =>
    `  ${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map(n => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`).join('\n')}`);
}

function ffprobe(file) {
  const json = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=format_name,duration:stream=codec_name,sample_rate,channels',
    '-of', 'json', file], { encoding: 'utf8' });
  return JSON.parse(json);
}

/** Seconds of audio ffmpeg decodes from the file, counted from the decoded samples. */
function decodedSeconds(file) {
  const pcm = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', '24000', '-'],
    { maxBuffer: 1 << 30 });
  return pcm.length / 2 / 24000;
}

async function openStudio(context, width, height) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => {
    // A 4xx answer the page shows as a field error is logged by Chromium as a failed resource: expected.
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
      && !/ERR_INTERNET_DISCONNECTED/.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.problems = problems;
  const response = await page.goto(`${baseUrl}/`);
  check(response.url().endsWith('/web'), `GET / should lead to /web, ended at ${response.url()}`);
  await waitIn(page, 'the page loads the server\'s capabilities and voices', () => document.body.dataset.state === 'ready');
  return page;
}

const readAloudState = page => page.evaluate(() => document.getElementById('read-aloud-status').dataset.state);
const liveCounts = page => page.evaluate(() => ({ ...window.studioMetrics.live }));

/** Turns "Read aloud as I type" on (waiting for its session) or off, with the keyboard. */
async function switchReadAloud(page, on) {
  await page.focus('#read-aloud');
  if (await page.isChecked('#read-aloud') !== on) await page.keyboard.press('Space');
  await waitIn(page, `reading aloud ${on ? 'connects' : 'is off'}`,
    want => document.getElementById('read-aloud-status').dataset.state === want, on ? 'connected' : 'off', 15_000);
}

/** The realtime session of the read-aloud mode, as the page uses it: the frames on the wire, the page's counters. */
async function readAloudAsTyped(page) {
  const wire = [];
  page.on('websocket', socket => {
    if (!socket.url().endsWith('/v1/realtime')) return;
    socket.on('framereceived', frame => {
      const content = JSON.parse(frame.payload).serverContent ?? {};
      const kind = content.audio ? 'audio' : content.interrupted ? 'interrupted' : content.turnComplete ? 'turnComplete' : 'other';
      wire.push({ kind, at: Date.now() });
    });
  });
  await page.fill('#text', '');
  await switchReadAloud(page, true);
  check(await page.getAttribute('#read-aloud', 'role') === 'switch', 'the mode is a switch');

  await page.focus('#text');
  await page.keyboard.type('The quick brown fox jumps over the lazy dog, ', { delay: 25 });
  const clauseTyped = Date.now();
  await page.keyboard.type('and then it runs ', { delay: 25 });
  await waitIn(page, 'audio arrives before the sentence is finished', () => window.studioMetrics.live.audioFrames > 0, null, 30_000);
  const early = await liveCounts(page);
  results.read_aloud_first_audio_after_clause_ms = wire.find(f => f.kind === 'audio').at - clauseTyped;
  check(early.turnsCompleted === 0 && early.pieces >= 2, `audio came with the turn still open: ${JSON.stringify(early)}`);
  check(!(await page.inputValue('#text')).includes('forest'), 'the last piece is not typed yet');

  await page.click('#read-aloud-stop');
  await waitIn(page, 'Stop shows the interruption', () => document.getElementById('read-aloud-status').dataset.state === 'interrupted', null, 5_000);
  const stopped = await liveCounts(page);
  await page.waitForTimeout(1500);
  const later = await liveCounts(page);
  const answered = wire.findIndex(f => f.kind === 'interrupted');
  const audioAfter = wire.slice(answered).filter(f => f.kind === 'audio').length;
  results.read_aloud_stop = { frames_at_stop: stopped.audioFrames, frames_later: later.audioFrames, wire_audio_after_answer: audioAfter };
  check(stopped.interrupts === 1 && later.audioFrames === stopped.audioFrames && audioAfter === 0,
    `no audio after Stop: ${JSON.stringify(results.read_aloud_stop)}`);
  check(await readAloudState(page) === 'interrupted', `status 1.5 s after Stop: ${await readAloudState(page)}`);

  await page.focus('#text');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('far away into the forest. ', { delay: 25 });
  await waitIn(page, 'typing on speaks again', before => window.studioMetrics.live.audioFrames > before, stopped.audioFrames, 30_000);
  await page.keyboard.press('Enter');
  await waitIn(page, 'Enter completes the turn and the server speaks it to its end',
    () => window.studioMetrics.live.turnsCompleted === 1 && window.studioMetrics.live.turnsSpoken === 1, null, 30_000);
  const spoken = await liveCounts(page);
  check(spoken.sessions === 1 && spoken.interrupts === 1, `one session, one interruption: ${JSON.stringify(spoken)}`);

  // Another voice opens another session; one the server refuses is shown by the switch, and not tried again.
  await page.fill('#voice', 'xx_nobody');
  await page.keyboard.press('Tab');
  await waitIn(page, 'the refused voice is shown', () => document.getElementById('read-aloud-status').dataset.state === 'error', null, 10_000);
  const refusal = await page.textContent('#read-aloud-status');
  check(/xx_nobody/.test(refusal), `the refusal shown: ${refusal}`);
  await page.focus('#text');
  await page.keyboard.type('Still refused. ', { delay: 10 });
  check((await liveCounts(page)).sessions === 2, 'typing does not retry a refused setup');
  await page.fill('#voice', 'af_heart');
  await page.keyboard.press('Tab');
  await waitIn(page, 'a good voice connects again', () => document.getElementById('read-aloud-status').dataset.state === 'connected', null, 10_000);
  await switchReadAloud(page, false);
  const done = await liveCounts(page);
  results.read_aloud = done;
  check(done.sessions === 3, `sessions opened: ${JSON.stringify(done)}`);
  check(page.problems.length === 0, page.problems.join('\n'));
}

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--autoplay-policy=no-user-gesture-required', '--no-sandbox'],
  });
  // bypassCSP: the page forbids scripts from elsewhere, and axe-core is injected by the test.
  const context = await browser.newContext({ acceptDownloads: true, bypassCSP: true });
  try {
    const page = await openStudio(context, 1280, 900);

    await step('accessibility (desktop, before any generation)', () => axe(page, 'desktop_start'));

    await step('find voices by name, language, gender and grade', async () => {
      await waitIn(page, 'grades loaded', () => document.querySelectorAll('#voice-grade option').length > 2);
      await page.fill('#voice-search', 'af_bella');
      await waitIn(page, 'af_bella listed alone', () =>
        [...document.querySelectorAll('#voice-list li')].map(li => li.dataset.voice).join() === 'af_bella');
      await page.fill('#voice-search', '');
      await page.selectOption('#voice-language', 'en-gb');
      await page.selectOption('#voice-gender', 'male');
      const british = await page.$$eval('#voice-list li', lis => lis.map(li => li.dataset.voice));
      check(british.length > 0 && british.every(id => id.startsWith('bm_')), `British male voices: ${british}`);
      await page.selectOption('#voice-language', '');
      await page.selectOption('#voice-gender', '');
      await page.selectOption('#voice-grade', 'A');
      const best = await page.$$eval('#voice-list li', lis => lis.map(li => li.dataset.voice));
      check(best.includes('af_heart') && best.length < 10, `grade A voices: ${best}`);
      await page.selectOption('#voice-grade', '');
    });

    await step('preview a voice; a second preview is not synthesized again', async () => {
      const synthesized = [];
      const count = request => {
        if (request.url().endsWith('/v1/audio/speech')) synthesized.push(request.postDataJSON().voice);
      };
      page.on('request', count);
      await page.fill('#voice-search', 'af_sky');
      for (let i = 0; i < 2; i++) {
        await page.evaluate(() => { document.getElementById('status').textContent = ''; });
        await page.click('#voice-list li[data-voice="af_sky"] button:has-text("Preview")');
        await waitIn(page, 'the preview plays', () => /Playing the preview of af_sky/.test(document.getElementById('status').textContent));
      }
      page.off('request', count);
      check(synthesized.join() === 'af_sky', `preview requests: ${synthesized}`);
    });

    await step('mix two voices with the weight sliders', async () => {
      await page.fill('#voice-search', 'af_bella');
      await page.click('#voice-list li[data-voice="af_bella"] button:has-text("Use")');
      await page.fill('#voice-search', 'af_sky');
      await page.click('#voice-list li[data-voice="af_sky"] button:has-text("Mix in")');
      await page.fill('#mix-weight-af_bella', '2');
      const formula = await page.inputValue('#voice');
      check(formula === 'af_bella(2)+af_sky', `the formula shown is ${formula}`);
    });

    await step('save the blend as a named voice; a bad id is shown next to its field', async () => {
      await page.fill('#voice-id', 'Not An Id');
      await page.click('#save-voice');
      await waitIn(page, 'the id field is marked invalid', () => document.getElementById('voice-id').getAttribute('aria-invalid') === 'true');
      check(/voice_id/.test(await page.textContent('#voice-id-error')), 'the id error names the field');
      await page.fill('#voice-id', 'studio_blend');
      await page.press('#voice-id', 'Enter');
      await waitIn(page, 'the voice is saved', () => /Saved the voice as studio_blend/.test(document.getElementById('status').textContent));
      check(await page.getAttribute('#voice-id', 'aria-invalid') === null, 'the id error is cleared');
      const saved = await (await fetch(`${baseUrl}/v1/audio/voices/studio_blend`)).json();
      check(/^af_bella\(2\)\+af_sky(\(1\))?$/.test(saved.formula), `the saved voice: ${JSON.stringify(saved)}`);
      check(await page.inputValue('#voice') === 'studio_blend', 'the saved voice is the one in use');
      await page.fill('#voice-search', 'studio_blend');
      await waitIn(page, 'the saved voice is listed', () => document.querySelector('#voice-list li[data-voice="studio_blend"]'));
      // Back to the two-voice blend for the generation.
      await page.fill('#voice', 'af_bella(2)+af_sky');
      const mix = await page.$$eval('#mix-list input[type=range]', inputs => inputs.map(i => `${i.id}=${i.value}`));
      check(mix.join() === 'mix-weight-af_bella=2,mix-weight-af_sky=1', `a typed formula moves the sliders: ${mix}`);
    });

    await step('drop a .md file: its markup is left out', async () => {
      const dataTransfer = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['# A title\n\nSome **bold** and a [link](https://example.com).\n'], 'notes.md', { type: 'text/markdown' }));
        return transfer;
      });
      await page.dispatchEvent('#text', 'drop', { dataTransfer });
      await waitIn(page, 'the text is replaced', () => document.getElementById('text').value.startsWith('A title'));
      const text = await page.inputValue('#text');
      check(text === 'A title\n\nSome bold and a link.', `text from the .md: ${JSON.stringify(text)}`);
    });

    await step('open an .srt file: cue numbers and timings are left out', async () => {
      await page.setInputFiles('#text-file', {
        name: 'sample.srt', mimeType: 'application/x-subrip',
        buffer: Buffer.from('1\n00:00:01,000 --> 00:00:02,500\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,000\n<i>General Kenobi.</i>\n'),
      });
      await waitIn(page, 'the text is replaced', () => document.getElementById('text').value.startsWith('Hello'), null, 5_000);
      const text = await page.inputValue('#text');
      check(text === 'Hello there.\nGeneral Kenobi.', `text from the .srt: ${JSON.stringify(text)}`);
    });

    // Long enough that the response takes seconds more than its first chunk, even on a fast machine.
    const longText = SENTENCE.repeat(30);
    await step('Ctrl+Enter generates; playback starts before the response ends', async () => {
      await page.fill('#text', longText);
      await page.selectOption('#format', 'mp3');
      await page.focus('#text');
      await page.keyboard.press('Control+Enter');
      await waitIn(page, 'the generation starts', () => document.body.dataset.state === 'generating', null, 5_000);
      await waitIn(page, 'a word is highlighted while the audio plays', () => document.querySelector('#read-along .word.now'), null, 60_000);
      await waitIn(page, 'the generation ends', () => document.body.dataset.state === 'done', null, 120_000);
      const m = await page.evaluate(() => ({ ...window.studioMetrics }));
      Object.assign(results, {
        first_audio_ms: Math.round(m.firstAudioScheduled - m.requestStart),
        response_end_ms: Math.round(m.responseEnd - m.requestStart),
        played_seconds_at_response_end: m.positionAtResponseEnd,
        audio_seconds: m.audioSeconds,
        text_chars: longText.length,
      });
      check(m.firstAudioScheduled !== null && m.firstAudioScheduled < m.responseEnd,
        `the first audio was scheduled at ${results.first_audio_ms} ms, the response ended at ${results.response_end_ms} ms`);
      check(m.responseEnd - m.firstAudioScheduled > 1000, `the response should take well over a second after the first audio: ${JSON.stringify(results)}`);
      check(m.positionAtResponseEnd > 0.5, `audio should have been playing when the response ended: position ${m.positionAtResponseEnd}`);
      const progress = await page.evaluate(() => document.getElementById('progress').value);
      check(progress === 1, `progress at the end: ${progress}`);
    });

    await step('the waveform is drawn; play, pause and seek', async () => {
      const inked = await page.evaluate(() => {
        const canvas = document.getElementById('waveform');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n / (canvas.width * canvas.height);
      });
      check(inked > 0.05, `waveform canvas inked fraction ${inked}`);
      await page.click('#play'); // pause
      check(await page.textContent('#play') === 'Play', 'the button reads Play once paused');
      const duration = results.audio_seconds;
      // A value on the slider's 0.1 s steps: the browser would round any other.
      await page.fill('#seek', (duration / 2).toFixed(1));
      const at = await page.evaluate(() => Number(document.getElementById('seek').value));
      check(Math.abs(at - duration / 2) < 0.5, `seeked to ${at} of ${duration}`);
      await page.focus('#seek');
      await page.keyboard.press('ArrowRight');
      await waitIn(page, 'the right arrow moves the position 5 s on',
        from => Math.abs(Number(document.getElementById('seek').value) - from - 5) < 0.5, at, 5_000);
      await page.click('#play');
      await page.waitForTimeout(400);
      const position = await page.evaluate(() => Number(document.getElementById('seek').value));
      check(position > duration / 2, `playing on from the middle: ${position}`);
      await page.click('#play');
    });

    await step('download the audio in the chosen format and decode it with ffmpeg', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-audio')]);
      const file = join(artifactDir, 'studio-download.mp3');
      await download.saveAs(file);
      check(download.suggestedFilename().endsWith('.mp3'), `file name ${download.suggestedFilename()}`);
      const probe = ffprobe(file);
      check(probe.format.format_name === 'mp3' && probe.streams[0].codec_name === 'mp3', `ffprobe: ${JSON.stringify(probe)}`);
      check(Number(probe.streams[0].sample_rate) === 24000 && probe.streams[0].channels === 1, `ffprobe: ${JSON.stringify(probe)}`);
      const seconds = decodedSeconds(file);
      results.downloaded_seconds = seconds;
      check(Math.abs(seconds - results.audio_seconds) < 0.15, `decoded ${seconds} s, the page played ${results.audio_seconds} s`);
      const [captions] = await Promise.all([page.waitForEvent('download'), page.click('#download-captions')]);
      const srt = readFileSync(await captions.path(), 'utf8');
      check(/^1\r?\n00:00:0\d,\d{3} --> /.test(srt) && srt.includes('quick brown fox'), `captions: ${srt.slice(0, 120)}`);
    });

    await step('screenshots and accessibility after a generation, reading aloud on (desktop, both themes)', async () => {
      await switchReadAloud(page, true);
      await page.screenshot({ path: join(artifactDir, 'studio-desktop.png'), fullPage: true });
      await axe(page, 'desktop_done');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(artifactDir, 'studio-desktop-dark.png'), fullPage: true });
      await axe(page, 'desktop_dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await switchReadAloud(page, false);
    });

    await step('Stop ends a generation mid-way and the server drops it', async () => {
      const before = await health();
      await page.fill('#text', SENTENCE.repeat(46)); // near the 4096 characters a request may have
      await page.focus('#generate');
      await page.keyboard.press('Enter');
      await waitIn(page, 'audio arrives', () => document.body.dataset.firstAudioMs !== undefined, null, 30_000);
      check(await page.evaluate(() => document.activeElement.id) === 'stop', 'the focus moves from Generate to Stop');
      check(await page.evaluate(() => document.body.dataset.state) === 'generating', 'still generating when Stop is pressed');
      await page.click('#stop');
      await waitIn(page, 'the page says it stopped', () => document.body.dataset.state === 'stopped', null, 5_000);
      check(await page.evaluate(() => document.activeElement.id) === 'generate', 'the focus moves back to Generate');
      const deadline = Date.now() + 5_000;
      let now = await health();
      while (now.open_streams !== 0 && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 100));
        now = await health();
      }
      results.stop = { open_streams_after: now.open_streams, cancelled_before: before.streams_cancelled, cancelled_after: now.streams_cancelled };
      check(now.open_streams === 0, `open streams 5 s after Stop: ${now.open_streams}`);
      check(now.streams_cancelled === before.streams_cancelled + 1, `streams cancelled: ${JSON.stringify(results.stop)}`);
    });

    await step('read aloud as I type: speech before the sentence ends, Stop interrupts, typing on speaks again', async () => {
      // Without bypassing the page's Content-Security-Policy, which must let the page open its WebSocket.
      const strict = await browser.newContext();
      try {
        await readAloudAsTyped(await openStudio(strict, 1280, 900));
      } finally {
        await strict.close();
      }
    });

    await step('a server error is shown next to its field', async () => {
      await page.fill('#text', 'Short.');
      await page.fill('#voice', 'xx_nobody');
      await page.click('#generate');
      await waitIn(page, 'the voice field is marked invalid', () => document.getElementById('voice').getAttribute('aria-invalid') === 'true');
      const voiceError = await page.evaluate(() => {
        const voice = document.getElementById('voice');
        const error = document.getElementById('voice-error');
        return { describedBy: voice.getAttribute('aria-describedby'), text: error?.textContent, focused: document.activeElement === voice };
      });
      check(voiceError.describedBy.split(' ').includes('voice-error') && /xx_nobody/.test(voiceError.text) && voiceError.focused,
        `voice error: ${JSON.stringify(voiceError)}`);
      await page.fill('#voice', 'af_heart');
      const limit = await page.evaluate(() => Number(/\/ (\d+)/.exec(document.getElementById('text-count').textContent)[1]));
      await page.fill('#text', 'a'.repeat(limit + 1));
      check(/1 over the limit/.test(await page.textContent('#text-count')), 'the counter shows the text is over the limit');
      await page.click('#generate');
      await waitIn(page, 'the text field is marked invalid', () => document.getElementById('text').getAttribute('aria-invalid') === 'true');
      check(await page.evaluate(() => document.getElementById('voice').hasAttribute('aria-invalid')) === false, 'the earlier voice error is cleared');
      const textError = await page.textContent('#text-error');
      check(/limit/.test(textError), `text error: ${textError}`);
    });

    await step('a network failure is shown', async () => {
      await page.fill('#text', 'Short.');
      await page.route('**/dev/captioned_speech', route => route.abort('internetdisconnected'));
      await page.click('#generate');
      await waitIn(page, 'the error is shown', () => !document.getElementById('form-error').hidden);
      check(/Cannot reach the server/.test(await page.textContent('#form-error')), 'network error message');
      await page.unroute('**/dev/captioned_speech');
    });

    await step('the history keeps the generation across a reload', async () => {
      await page.reload();
      await waitIn(page, 'the page reloads', () => document.body.dataset.state === 'ready');
      const items = await page.$$eval('#history-list li .history-text', spans => spans.map(s => s.textContent));
      check(items.length === 1 && items[0] === longText, `history after reload: ${items.length} items`);
      await page.click('#history-list li button:has-text("Replay")');
      await waitIn(page, 'the replay plays', () => document.getElementById('play').textContent === 'Pause');
      check(!(await page.isHidden('#download-audio')), 'the replayed generation can be downloaded again');
      const [again] = await Promise.all([page.waitForEvent('download'), page.click('#download-audio')]);
      const file = join(artifactDir, 'studio-history-download.mp3');
      await again.saveAs(file);
      check(Math.abs(decodedSeconds(file) - results.audio_seconds) < 0.15, 'the history download decodes to the same length');
      await page.click('#play');
    });

    await step('keyboard: focus order and visible focus', async () => {
      // From the top of a freshly loaded page, as a keyboard user arrives.
      await page.reload();
      await waitIn(page, 'the page reloads', () => document.body.dataset.state === 'ready');
      const order = [];
      let unstyled = [];
      for (let i = 0; i < 400 && !order.includes('generate'); i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el.matches('input[type=file]') ? el.nextElementSibling : el);
          return { id: el.id || el.textContent.trim().slice(0, 20), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        });
        order.push(focused.id);
        if (!focused.outline) unstyled.push(focused.id);
      }
      const at = id => order.indexOf(id);
      check(order[0] === 'Skip to the text', `first stop: ${order[0]}`);
      check(at('text') > 0 && at('text') < at('voice-search') && at('voice-search') < at('voice') && at('voice') < at('speed')
        && at('speed') < at('generate'), `focus order: ${order.join(', ')}`);
      unstyled = [...new Set(unstyled)];
      check(unstyled.length === 0, `no visible focus on: ${unstyled.join(', ')}`);
    });

    await step('phone width: no sideways scrolling, accessibility and screenshots in both themes', async () => {
      const phone = await openStudio(context, 390, 844);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      check(width <= 390, `the page is ${width} px wide at 390`);
      const { page: height, content } = await phone.evaluate(() => ({
        page: document.documentElement.scrollHeight, content: document.querySelector('main').getBoundingClientRect().bottom,
      }));
      check(height <= content + 40, `nothing hangs below the content: the page is ${height} px tall, the content ${content}`);
      await phone.setViewportSize({ width: 360, height: 740 });
      const narrow = await phone.evaluate(() => document.documentElement.scrollWidth);
      check(narrow <= 360, `the page is ${narrow} px wide at 360`);
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.click('#history-list li button:has-text("Replay")');
      await phone.click('#play');
      await switchReadAloud(phone, true);
      await axe(phone, 'phone');
      await phone.screenshot({ path: join(artifactDir, 'studio-phone.png'), fullPage: true });
      await phone.emulateMedia({ colorScheme: 'dark' });
      await axe(phone, 'phone_dark');
      await phone.screenshot({ path: join(artifactDir, 'studio-phone-dark.png'), fullPage: true });
      check(phone.problems.length === 0, phone.problems.join('\n'));
    });

    check(page.problems.length === 0, page.problems.join('\n'));
  } catch (error) {
    const pages = context.pages();
    if (pages.length) await pages[pages.length - 1].screenshot({ path: join(artifactDir, 'failure.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    writeFileSync(join(artifactDir, 'metrics.json'), `${JSON.stringify(results, null, 2)}\n`);
    await browser.close();
  }
  console.log(JSON.stringify(results, null, 2));
}

main().catch(error => {
  console.error(error instanceof CheckFailed ? `FAILED: ${error.message}` : error);
  console.error(JSON.stringify(results, null, 2));
  process.exit(1);
});
