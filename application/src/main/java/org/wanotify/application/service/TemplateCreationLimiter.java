package org.wanotify.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Meta's limit of 100 template creations per WABA per hour, as a sliding window per account (in memory). */
public final class TemplateCreationLimiter {
    public static final int PER_HOUR = 100;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final int limit;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    public TemplateCreationLimiter(Clock clock) {
        this(clock, PER_HOUR);
    }

    TemplateCreationLimiter(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Takes one creation for {@code account} if the last hour has room, else false. */
    public synchronized boolean tryAcquire(String account) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(account, a -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
