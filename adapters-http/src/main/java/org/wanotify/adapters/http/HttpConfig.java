package org.wanotify.adapters.http;

/**
 * Where the HTTP API listens and how large a {@code /v1} request body may be.
 *
 * @param host         address to bind, e.g. {@code 0.0.0.0}; null binds every interface
 * @param port         TCP port; 0 picks a free one (see {@link HttpApi#port()})
 * @param maxBodyBytes largest accepted {@code /v1} request body; the webhook has its own, larger limit
 */
public record HttpConfig(String host, int port, int maxBodyBytes) {

    /** 64 KiB, the limit API.md promises. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public HttpConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxBodyBytes <= 0 || maxBodyBytes > HttpApi.WEBHOOK_MAX_BODY_BYTES) {
            throw new IllegalArgumentException("maxBodyBytes must be 1.." + HttpApi.WEBHOOK_MAX_BODY_BYTES + ", was " + maxBodyBytes);
        }
    }

    public HttpConfig(String host, int port) {
        this(host, port, DEFAULT_MAX_BODY_BYTES);
    }
}
