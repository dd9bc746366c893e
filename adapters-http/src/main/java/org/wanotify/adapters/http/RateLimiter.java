package org.wanotify.adapters.http;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Token buckets (Bucket4j): one per API key after authentication, one shared by the webhook; over the limit is a 429 with Retry-After. */
final class RateLimiter {
    private final RateLimits limits;
    private final Map<String, Bucket> perKey = new ConcurrentHashMap<>();
    private final Bucket webhook;

    RateLimiter(RateLimits limits) {
        this.limits = limits;
        this.webhook = bucket(limits.webhookPerSecond(), limits.webhookPerSecond() * 2L);
    }

    /** Before-handler for {@code /v1/*}, after {@link ApiKeyAuth}. */
    void perKey(Context ctx) {
        Bucket b = perKey.computeIfAbsent(ApiKeyAuth.caller(ctx).keyId(), k -> bucket(limits.perKeyPerSecond(), limits.perKeyBurst()));
        take(ctx, b, "this API key made more than " + limits.perKeyPerSecond() + " requests per second");
    }

    /** Before-handler for Meta's webhook. */
    void webhook(Context ctx) {
        take(ctx, webhook, "too many webhook deliveries at once");
    }

    private static void take(Context ctx, Bucket bucket, String detail) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        ctx.header("Retry-After", String.valueOf(seconds));
        throw new ProblemException(Problem.of(429, "rate-limited", "Too many requests", detail + "; retry after " + seconds + " s"));
    }

    private static Bucket bucket(long perSecond, long burst) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }
}
