/**
 * API keys and their limits, free of HTTP: the keys the server accepts (kept as SHA-256 hashes, compared in
 * constant time), and each key's requests per minute, characters per day and concurrent streams, counted in this
 * process's memory.
 */
package dev.kokoro.auth;
