// Plays speech while it is still arriving: each chunk of samples becomes an AudioBuffer scheduled right after
// the one before it on the Web Audio clock. The same chunks play again from any position once all are in.
// Web Audio takes raw samples in every browser, so no codec or MediaSource support is needed.

import { SAMPLE_RATE } from './pcm.js';

/** Scheduling this far ahead of the clock keeps the first buffer from starting late and clipped. */
const LEAD_SECONDS = 0.05;

let sharedContext = null;

/** The page's one AudioContext; first made (and resumed) in answer to a key press or click. */
export function audioContext() {
  sharedContext ??= new AudioContext();
  if (sharedContext.state === 'suspended') sharedContext.resume();
  return sharedContext;
}

export class Player {
  /** @param onFirstScheduled called with performance.now() when the first buffer of a take is scheduled */
  constructor(onFirstScheduled = () => {}) {
    this.onFirstScheduled = onFirstScheduled;
    this.reset();
  }

  /** Forgets the audio: a new take begins. */
  reset() {
    this.stopSources();
    this.chunks = [];
    this.length = 0;
    this.complete = false;
    this.playing = false;
    this.pausedAt = 0;
    this.segments = [];
    this.scheduledAny = false;
    this.flat = null;
  }

  get duration() {
    return this.length / SAMPLE_RATE;
  }

  /** Adds samples at the end; while playing they are scheduled at once. */
  append(samples) {
    if (samples.length === 0) return;
    const chunk = { start: this.length, samples, buffer: null };
    this.chunks.push(chunk);
    this.length += samples.length;
    this.flat = null;
    if (this.playing) this.schedule(chunk, 0);
  }

  /** No more samples will come. */
  finish() {
    this.complete = true;
  }

  /** Every sample so far, as one array (for the waveform). */
  samples() {
    if (!this.flat) {
      this.flat = new Float32Array(this.length);
      for (const chunk of this.chunks) this.flat.set(chunk.samples, chunk.start);
    }
    return this.flat;
  }

  play(from = this.pausedAt) {
    const context = audioContext();
    this.stopSources();
    const start = from >= this.duration && this.complete ? 0 : Math.max(0, from);
    this.playing = true;
    this.pausedAt = start;
    this.nextTime = context.currentTime + LEAD_SECONDS;
    const first = Math.round(start * SAMPLE_RATE);
    for (const chunk of this.chunks) {
      const end = chunk.start + chunk.samples.length;
      if (end > first) this.schedule(chunk, Math.max(0, first - chunk.start));
    }
  }

  pause() {
    if (!this.playing) return;
    this.pausedAt = this.position;
    this.stopSources();
    this.playing = false;
  }

  seek(seconds) {
    const to = Math.min(Math.max(0, seconds), this.duration);
    if (this.playing) this.play(to);
    else this.pausedAt = to;
  }

  /** Stops playing and forgets the position. */
  stop() {
    this.stopSources();
    this.playing = false;
    this.pausedAt = 0;
  }

  /** Where playback is, in seconds of the audio. */
  get position() {
    if (!this.playing || this.segments.length === 0) return this.pausedAt;
    const now = sharedContext.currentTime;
    let current = null;
    for (const segment of this.segments) {
      if (segment.contextStart <= now) current = segment;
      else break;
    }
    if (!current) return this.segments[0].audioStart;
    return current.audioStart + Math.min(now - current.contextStart, current.duration);
  }

  /** True once playback has run past the last sample of a complete take (and stops it there). */
  checkEnded() {
    if (!this.playing || !this.complete) return false;
    const last = this.segments[this.segments.length - 1];
    if (last && sharedContext.currentTime < last.contextStart + last.duration) return false;
    this.stopSources();
    this.playing = false;
    this.pausedAt = this.duration;
    return true;
  }

  schedule(chunk, offset) {
    const context = audioContext();
    chunk.buffer ??= this.bufferOf(context, chunk.samples);
    // A chunk that arrives after the one before it finished playing starts now, leaving a gap.
    const when = Math.max(this.nextTime, context.currentTime + LEAD_SECONDS / 2);
    const source = context.createBufferSource();
    source.buffer = chunk.buffer;
    source.connect(context.destination);
    source.start(when, offset / SAMPLE_RATE);
    const duration = (chunk.samples.length - offset) / SAMPLE_RATE;
    this.segments.push({ contextStart: when, audioStart: (chunk.start + offset) / SAMPLE_RATE, duration });
    this.sources.push(source);
    this.nextTime = when + duration;
    if (!this.scheduledAny) {
      this.scheduledAny = true;
      this.onFirstScheduled(performance.now());
    }
  }

  bufferOf(context, samples) {
    const buffer = context.createBuffer(1, samples.length, SAMPLE_RATE);
    buffer.copyToChannel(samples, 0);
    return buffer;
  }

  stopSources() {
    for (const source of this.sources ?? []) {
      try {
        source.stop();
      } catch {
        // never started, or already stopped
      }
      source.disconnect();
    }
    this.sources = [];
    this.segments = [];
  }
}
