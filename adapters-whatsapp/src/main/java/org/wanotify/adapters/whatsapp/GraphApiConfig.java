package org.wanotify.adapters.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link GraphApiAdapter} reaches the Graph API.
 *
 * @param baseUrl        scheme, host and optional port, e.g. {@code https://graph.facebook.com}; no version
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long to wait for Meta's answer once a request is under way
 * @param maxInFlight    how many send requests may be open at once (callers block beyond that)
 */
public record GraphApiConfig(String baseUrl, Duration connectTimeout, Duration requestTimeout, int maxInFlight) {
    public static final String META_GRAPH_URL = "https://graph.facebook.com";

    public GraphApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("baseUrl: '" + baseUrl + "' is not an absolute http(s) URL");
        }
        connectTimeout = requirePositive("connectTimeout", connectTimeout);
        requestTimeout = requirePositive("requestTimeout", requestTimeout);
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight: must be at least 1, was " + maxInFlight);
        }
    }

    /** Meta's Graph API with timeouts and a concurrency bound that suit a small VPS. */
    public static GraphApiConfig defaults() {
        return new GraphApiConfig(META_GRAPH_URL, Duration.ofSeconds(5), Duration.ofSeconds(20), 256);
    }

    /** The same settings against another base URL (the sandbox, a proxy). */
    public GraphApiConfig withBaseUrl(String url) {
        return new GraphApiConfig(url, connectTimeout, requestTimeout, maxInFlight);
    }

    private static Duration requirePositive(String field, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + ": must be a positive duration, was " + value);
        }
        return value;
    }
}
