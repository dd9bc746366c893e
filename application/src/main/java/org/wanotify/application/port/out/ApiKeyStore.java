package org.wanotify.application.port.out;

import java.util.List;
import java.util.Optional;

/** API keys, kept only as hashes. */
public interface ApiKeyStore {
    void insert(ApiKey key);

    Optional<ApiKey> findByHash(String sha256Hex);

    List<ApiKey> all();

    /** True when at least one admin key that is not revoked exists. */
    boolean hasActiveAdminKey();

    /** Marks key {@code id} revoked at {@code at}; false when there is no such key or it was already revoked. */
    boolean revoke(String id, java.time.Instant at);
}
