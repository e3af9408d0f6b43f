// The raw audio the server streams: 16-bit little-endian mono PCM, base64 in each NDJSON line.

export const SAMPLE_RATE = 24000;

export function bytesFromBase64(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Samples in [-1, 1) from 16-bit little-endian PCM bytes (an odd last byte is ignored). */
export function floatsFromPcm16(bytes) {
  const samples = new Float32Array(bytes.length >> 1);
  for (let i = 0; i < samples.length; i++) {
    const value = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    samples[i] = (value >= 0x8000 ? value - 0x10000 : value) / 32768;
  }
  return samples;
}

/** m:ss, for times shown to a person. */
export function clock(seconds) {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
