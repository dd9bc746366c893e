package org.wanotify.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A token or secret that must never be printed: {@code toString()} hides it. */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps {@code value}, or returns null when it is null or blank. */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value.strip());
    }

    /** The secret itself, for the one place that must send or check it. */
    public String reveal() {
        return value;
    }

    /** Constant-time comparison with a presented value. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), s.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "***";
    }
}
