package org.wanotify.bootstrap;

import java.util.Base64;
import org.wanotify.adapters.http.RateLimits;

/**
 * Security settings: the master key that encrypts stored secrets (null = use or create
 * {@code <data dir>/master.key}) and the per-key request rate limit.
 */
record SecurityConfig(byte[] masterKey, RateLimits rateLimits) {
    static final int MASTER_KEY_BYTES = 32;

    static SecurityConfig from(Settings s) {
        byte[] key = null;
        String raw = s.string("WANOTIFY_MASTER_KEY", null);
        if (raw != null) {
            key = decode(raw);
            if (key == null) {
                // the rule only, never the value
                s.problem("WANOTIFY_MASTER_KEY", "must be " + MASTER_KEY_BYTES + " random bytes in base64 (e.g. openssl rand -base64 32)");
            }
        }
        int rate = s.integer("WANOTIFY_RATE_LIMIT", 1000, 1, 100_000);
        return new SecurityConfig(key, new RateLimits(rate, rate * 2, Math.max(1000, rate * 10)));
    }

    /** The 32 bytes in {@code base64}, or null when it is not base64 of exactly 32 bytes. */
    static byte[] decode(String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            return key.length == MASTER_KEY_BYTES ? key : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "SecurityConfig[master_key=" + (masterKey == null ? "file" : "***") + ", " + rateLimits + "]";
    }
}
