// Runs the official OpenAI Node SDK against a kokoro-server started with API keys and a small per-key request
// limit, and checks that the SDK surfaces the server's refusals as its own typed errors, as it would OpenAI's:
// a wrong key as OpenAI.AuthenticationError (401), a key over its limit as OpenAI.RateLimitError (429).
// Usage: KOKORO_API_KEY=<a key the server accepts> KOKORO_KEY_REQUESTS_PER_MINUTE=<its key-requests-per-minute> \
//          node openai-sdk-errors.mjs http://127.0.0.1:8880/v1
import OpenAI from 'openai';

const baseURL = process.argv[2] ?? 'http://127.0.0.1:8880/v1';
const key = process.env.KOKORO_API_KEY;
const limit = Number(process.env.KOKORO_KEY_REQUESTS_PER_MINUTE);
if (!key || !(limit > 0)) {
  console.error('openai-sdk-errors: set KOKORO_API_KEY and KOKORO_KEY_REQUESTS_PER_MINUTE (the server\'s key-requests-per-minute)');
  process.exit(2);
}
// No retries: the SDK would otherwise wait out a 429's Retry-After and try again, hiding the error under test.
const client = new OpenAI({ baseURL, apiKey: key, maxRetries: 0 });
const stranger = new OpenAI({ baseURL, apiKey: 'not-a-key-of-this-server-0123456789', maxRetries: 0 });
const failures = [];

// A wrong key: 401 before any limit is counted.
try {
  await stranger.audio.speech.create({ model: 'tts-1', input: 'Hi.', voice: 'alloy', response_format: 'wav' });
  failures.push('a wrong key was accepted');
} catch (e) {
  if (!(e instanceof OpenAI.AuthenticationError) || e.status !== 401 || typeof e.error?.message !== 'string') {
    failures.push(`wrong key: expected OpenAI.AuthenticationError (401), got ${e?.constructor?.name}: ${e}`);
  }
}

// The right key: served up to its limit, then refused with the SDK's RateLimitError and a Retry-After.
let served = 0;
let limited = null;
for (let i = 0; i <= limit && limited === null; i++) {
  try {
    if (i === 0) {
      const response = await client.audio.speech.create({ model: 'tts-1', input: 'Hi.', voice: 'alloy',
        response_format: 'wav' });
      await response.arrayBuffer();
    } else {
      await client.models.list();
    }
    served++;
  } catch (e) {
    limited = e;
  }
}
if (served !== limit) {
  failures.push(`the key was served ${served} requests before a refusal, its limit is ${limit}: ${limited}`);
}
if (!(limited instanceof OpenAI.RateLimitError) || limited.status !== 429) {
  failures.push(`over the limit: expected OpenAI.RateLimitError (429), got ${limited?.constructor?.name}: ${limited}`);
} else if (!(Number(limited.headers?.get?.('retry-after') ?? limited.headers?.['retry-after']) > 0)) {
  failures.push('the 429 carries no Retry-After');
}

if (failures.length > 0) {
  console.error(`openai-sdk-errors: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`openai-sdk-errors: OK, AuthenticationError for a wrong key, RateLimitError after ${limit} requests`);
