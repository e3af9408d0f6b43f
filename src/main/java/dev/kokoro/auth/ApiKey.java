package dev.kokoro.auth;

/**
 * One key the server accepts: a name for logs and quota bookkeeping (never the key itself), the SHA-256 of the key,
 * and its limits.
 */
public record ApiKey(String name, byte[] sha256, KeyLimits limits) {
    public ApiKey {
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public String toString() {
        return "ApiKey[" + name + "]";
    }
}
