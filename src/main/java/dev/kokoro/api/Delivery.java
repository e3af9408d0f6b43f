package dev.kokoro.api;

/** How the audio of a speech request travels back. */
enum Delivery {
    /** Encoded audio bytes, sent chunk by chunk as they are synthesized (chunked transfer). */
    STREAMED,
    /** The whole file at once, with a Content-Length ({@code "stream": false}). */
    WHOLE,
    /** Server-sent events carrying base64 audio ({@code "stream_format": "sse"}). */
    SSE
}
