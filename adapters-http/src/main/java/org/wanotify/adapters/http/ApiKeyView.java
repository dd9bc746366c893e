package org.wanotify.adapters.http;

import java.time.Instant;
import java.util.List;
import org.wanotify.application.port.out.ApiKey;

/** An API key as listed: never the key, never its hash. */
record ApiKeyView(String id, String name, boolean admin, List<String> accounts, String callbackUrl, Instant createdAt,
                  Instant revokedAt) {
    static ApiKeyView of(ApiKey k) {
        return new ApiKeyView(k.id(), k.name(), k.admin(), k.accounts().stream().sorted().toList(), k.callbackUrl(),
                k.createdAt(), k.revokedAt());
    }
}
