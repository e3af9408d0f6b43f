package dev.kokoro.jobs;

/** A job a worker has just claimed, and the lease it works under. */
public record Claim(Job job, Lease lease) {}
