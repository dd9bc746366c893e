package org.wanotify.bootstrap;

import java.time.Duration;

/**
 * Client callbacks: the default account's signing secret (null: generated at first start and printed once),
 * the back-off of failed deliveries, how long to keep trying, and the timeout of one POST.
 */
record CallbackConfig(String secret, Duration baseDelay, Duration maxDelay, Duration maxAge, Duration timeout) {

    static CallbackConfig from(Settings s) {
        String secret = s.string("WANOTIFY_CALLBACK_SECRET", null);
        if (secret != null && secret.length() < 16) {
            s.problem("WANOTIFY_CALLBACK_SECRET", "is too short; use at least 16 random characters (e.g. openssl rand -hex 32)");
        }
        Duration base = s.duration("WANOTIFY_CALLBACK_RETRY_BASE_DELAY", Duration.ofSeconds(10));
        Duration max = s.duration("WANOTIFY_CALLBACK_RETRY_MAX_DELAY", Duration.ofHours(1));
        if (max.compareTo(base) < 0) {
            s.problem("WANOTIFY_CALLBACK_RETRY_MAX_DELAY", "must not be shorter than WANOTIFY_CALLBACK_RETRY_BASE_DELAY");
            max = base;
        }
        return new CallbackConfig(secret, base, max, s.duration("WANOTIFY_CALLBACK_MAX_AGE", Duration.ofHours(24)),
                s.duration("WANOTIFY_CALLBACK_TIMEOUT", Duration.ofSeconds(10)));
    }

    @Override
    public String toString() {
        return "CallbackConfig[secret=" + (secret == null ? "generated" : "set") + ", baseDelay=" + baseDelay
                + ", maxDelay=" + maxDelay + ", maxAge=" + maxAge + ", timeout=" + timeout + "]";
    }
}
