// Calls a running kokoro-server through the official OpenAI Node SDK, exactly as an OpenAI user
// would: every response format, every OpenAI voice name, and SSE streaming.
// Usage: node openai-sdk-check.mjs http://127.0.0.1:8880/v1
import OpenAI from 'openai';

const baseURL = process.argv[2] ?? 'http://127.0.0.1:8880/v1';
// A server with API keys needs one: KOKORO_API_KEY=... node openai-sdk-check.mjs URL
const client = new OpenAI({ baseURL, apiKey: process.env.KOKORO_API_KEY ?? 'not-needed' });
const input = 'Hi there.';

// The first bytes each container starts with.
const MAGIC = {
  mp3: (b) => b.subarray(0, 3).toString('latin1') === 'ID3' || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0),
  opus: (b) => b.subarray(0, 4).toString('latin1') === 'OggS',
  aac: (b) => b[0] === 0xff && (b[1] & 0xf0) === 0xf0,
  flac: (b) => b.subarray(0, 4).toString('latin1') === 'fLaC',
  wav: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WAVE',
  pcm: (b) => b.length % 2 === 0,
};
const VOICES = ['alloy', 'ash', 'ballad', 'coral', 'echo', 'fable', 'onyx', 'nova', 'sage', 'shimmer',
  'verse', 'marin', 'cedar'];

const failures = [];
let requests = 0;

async function speech(params, check) {
  requests++;
  const label = JSON.stringify(params);
  try {
    const response = await client.audio.speech.create({ model: 'tts-1', input, ...params });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length < 1000 || !check(bytes)) failures.push(`${label}: ${bytes.length} bytes, bad content`);
  } catch (e) {
    failures.push(`${label}: ${e}`);
  }
}

for (const [format, check] of Object.entries(MAGIC)) {
  await speech({ voice: 'alloy', response_format: format }, check);
}
for (const voice of VOICES) {
  await speech({ voice, response_format: 'mp3' }, MAGIC.mp3);
}
await speech({ model: 'gpt-4o-mini-tts', voice: 'coral', instructions: 'Speak slowly.', response_format: 'wav' },
  MAGIC.wav);

// SSE: the SDK returns the raw event stream; every delta must carry base64 audio, then "done".
requests++;
try {
  const response = await client.audio.speech.create({ model: 'gpt-4o-mini-tts', input, voice: 'nova',
    response_format: 'mp3', stream_format: 'sse' });
  const text = await response.text();
  const events = text.split('\n\n').filter((e) => e.startsWith('data: ')).map((e) => JSON.parse(e.slice(6)));
  const deltas = events.filter((e) => e.type === 'speech.audio.delta');
  const done = events.at(-1);
  const audio = Buffer.concat(deltas.map((d) => Buffer.from(d.audio, 'base64')));
  if (deltas.length === 0 || done?.type !== 'speech.audio.done' || !done.usage || !MAGIC.mp3(audio)) {
    failures.push(`sse: ${deltas.length} deltas, last event ${JSON.stringify(done)?.slice(0, 80)}`);
  }
} catch (e) {
  failures.push(`sse: ${e}`);
}

// Errors surface as the SDK's typed API errors with OpenAI's fields.
requests++;
try {
  await client.audio.speech.create({ model: 'tts-1', input, voice: 'nobody' });
  failures.push('unknown voice was accepted');
} catch (e) {
  if (!(e instanceof OpenAI.BadRequestError) || e.error?.param !== 'voice') failures.push(`unknown voice: ${e}`);
}

if (failures.length > 0) {
  console.error(`openai-sdk: ${failures.length} of ${requests} requests failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`openai-sdk: OK, ${requests} requests through the OpenAI Node SDK`);
