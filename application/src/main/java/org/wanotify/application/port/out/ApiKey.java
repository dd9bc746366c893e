package org.wanotify.application.port.out;

import java.time.Instant;
import java.util.Set;

/**
 * A stored API key: never the key itself, only its SHA-256 hash.
 *
 * @param accounts the accounts a client key may use; empty for an admin key
 */
public record ApiKey(String id, String name, String hash, boolean admin, Set<String> accounts,
                     String callbackUrl, Instant createdAt, Instant revokedAt) {
    public ApiKey {
        accounts = accounts == null ? Set.of() : Set.copyOf(accounts);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + ", " + name + (admin ? ", admin" : ", accounts=" + accounts) + "]";
    }
}
