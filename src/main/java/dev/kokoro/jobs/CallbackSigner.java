package dev.kokoro.jobs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs callback bodies with HMAC-SHA256 under the configured secret, so a receiver can check a result came
 * from this server: it computes the same over the raw body and compares with {@link #HEADER}.
 */
public final class CallbackSigner {
    /** The header carrying {@code sha256=<hex of HMAC-SHA256(secret, body)>}. */
    public static final String HEADER = "X-Kokoro-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CallbackSigner(String secret) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("An empty secret signs nothing");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The header value for this body. */
    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
