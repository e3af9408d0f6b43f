// Talking to the server: JSON requests, OpenAI error envelopes as ApiError, streamed NDJSON lines.

import { askForApiKey, withApiKey } from './api-key.js';

/** An answer of the server's that is an error: its envelope's message, type, param and code. */
export class ApiError extends Error {
  constructor(detail, status) {
    super(detail?.message || `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.type = detail?.type ?? null;
    this.param = detail?.param ?? null;
    this.code = detail?.code ?? null;
  }
}

/** The server could not be reached, or the connection broke. */
export class NetworkError extends Error {
  constructor(cause) {
    super(`Cannot reach the server (${cause?.message ?? 'network error'}). Is it running?`);
    this.name = 'NetworkError';
  }
}

export function isAbort(error) {
  return error?.name === 'AbortError';
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, withApiKey(init));
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new NetworkError(error);
  }
  if (response.status === 401) {
    const error = await errorOf(response);
    if (askForApiKey(error.message)) return send(url, init);
    throw error;
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** The ApiError of a failed response, from its envelope when it has one. */
export async function errorOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: described by its status below
  }
  const detail = body?.error ?? { message: `The server answered ${response.status} ${response.statusText}.` };
  return new ApiError(detail, response.status);
}

export async function getJson(url, signal) {
  return (await send(url, { signal, headers: { Accept: 'application/json' } })).json();
}

/** POSTs a JSON body; resolves to the response once it is known to be a success. */
export function postJson(url, body, signal) {
  return send(url, {
    method: 'POST',
    signal,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Each JSON line of an NDJSON body as it arrives. A broken connection is a NetworkError. */
export async function* ndjsonLines(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  let done = false;
  try {
    for (;;) {
      let step;
      try {
        step = await reader.read();
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new NetworkError(error);
      }
      if (step.done) {
        done = true;
        break;
      }
      pending += step.value;
      let newline;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline).trim();
        pending = pending.slice(newline + 1);
        if (line) yield JSON.parse(line);
      }
    }
    if (pending.trim()) yield JSON.parse(pending);
  } finally {
    // Left early (an error line, a stop): hang up, so that the server stops the synthesis.
    if (!done) reader.cancel().catch(() => {});
  }
}
