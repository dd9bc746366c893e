package org.wanotify.application.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.wanotify.application.port.out.CallbackSecretStore;

/** Makes sure an account has a callback signing secret: the configured one, or one generated once and kept. */
public final class CallbackSecretService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CallbackSecretStore store;

    public CallbackSecretService(CallbackSecretStore store) {
        this.store = store;
    }

    /** Stores {@code configured} when given; else generates a secret if the account has none. Returns a generated secret, to show once. */
    public Optional<String> ensure(String account, String configured) {
        if (configured != null) {
            if (!store.find(account).map(configured::equals).orElse(false)) {
                store.put(account, configured);
            }
            return Optional.empty();
        }
        if (store.find(account).isPresent()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + HexFormat.of().formatHex(bytes);
        store.put(account, secret);
        return Optional.of(secret);
    }
}
