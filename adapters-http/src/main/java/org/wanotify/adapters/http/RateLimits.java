package org.wanotify.adapters.http;

/**
 * Request rate limits: per API key on {@code /v1/*}, and one shared limit for Meta's webhook.
 *
 * @param perKeyPerSecond     sustained requests per second per API key
 * @param perKeyBurst         requests a key may make at once
 * @param webhookPerSecond    sustained webhook deliveries per second (Meta sends bursts: keep it generous)
 */
public record RateLimits(int perKeyPerSecond, int perKeyBurst, int webhookPerSecond) {
    public RateLimits {
        if (perKeyPerSecond < 1 || perKeyBurst < perKeyPerSecond || webhookPerSecond < 1) {
            throw new IllegalArgumentException("rate limits must be positive, with the burst at least the rate");
        }
    }

    public static RateLimits defaults() {
        return new RateLimits(50, 100, 1000);
    }
}
