package org.wanotify.application.service;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with jitter between attempts, and how many attempts a message gets. */
public record RetryPolicy(Duration baseDelay, Duration maxDelay, int maxAttempts, Duration longWait) {
    public RetryPolicy {
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy needs 0 < base delay <= max delay and at least one attempt");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8, Duration.ofHours(24));
    }

    /** The pause before attempt {@code attemptsSoFar + 1}: base × 2^(n-1), capped, ±20 % jitter. */
    public Duration delayAfter(int attemptsSoFar) {
        int exponent = Math.max(0, Math.min(30, attemptsSoFar - 1));
        long millis = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << exponent);
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, Math.min(maxDelay.toMillis(), (long) (millis * jitter))));
    }

    /**
     * The pause before retrying a recipient after Meta's pair rate limit (131056): Meta asks for 4^n seconds; wanotify
     * waits at least 6 s (Meta allows about one message per 6 s to the same user), growing 6 s, 16 s, 64 s, … and
     * capped at the larger of the maximum delay and 6 s.
     */
    public Duration pairLimitDelay(int attemptsSoFar) {
        long seconds = (long) Math.pow(4, Math.max(1, Math.min(10, attemptsSoFar)));
        long floorMillis = Math.max(6_000, seconds * 1000);
        return Duration.ofMillis(Math.min(floorMillis, Math.max(maxDelay.toMillis(), 6_000)));
    }

    public boolean mayRetry(int attemptsSoFar) {
        return attemptsSoFar < maxAttempts;
    }
}
