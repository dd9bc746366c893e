package org.wanotify.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.wanotify.application.port.in.AuthenticateUseCase;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.IssueAdminKeyUseCase;
import org.wanotify.application.port.out.ApiKey;
import org.wanotify.application.port.out.ApiKeyStore;
import org.wanotify.application.port.out.IdGenerator;

/** API keys: issued as random strings, kept only as SHA-256 hashes, checked on every request. */
public final class ApiKeyService implements AuthenticateUseCase, IssueAdminKeyUseCase {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyStore keys;
    private final IdGenerator ids;
    private final Clock clock;

    public ApiKeyService(ApiKeyStore keys, IdGenerator ids, Clock clock) {
        this.keys = keys;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 512) {
            return Optional.empty();
        }
        return keys.findByHash(hash(presentedKey.strip())).filter(k -> !k.isRevoked())
                .map(k -> new Caller(k.id(), k.name(), k.admin(), k.accounts(), k.callbackUrl()));
    }

    @Override
    public Optional<String> ensureAdminKey(String configuredKey) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            String hash = hash(configuredKey.strip());
            if (keys.findByHash(hash).isEmpty()) {
                keys.insert(new ApiKey(ids.newId("key_"), "admin (WANOTIFY_ADMIN_API_KEY)", hash, true, Set.of(), null, clock.instant(), null));
            }
            return Optional.empty();
        }
        if (keys.hasActiveAdminKey()) {
            return Optional.empty();
        }
        String key = newKey();
        keys.insert(new ApiKey(ids.newId("key_"), "admin (generated)", hash(key), true, Set.of(), null, clock.instant(), null));
        return Optional.of(key);
    }

    /** A new random key: {@code wn_} and 32 random bytes, URL-safe. */
    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "wn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 hex; enough for keys with 256 bits of randomness, and constant-cost to look up. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
