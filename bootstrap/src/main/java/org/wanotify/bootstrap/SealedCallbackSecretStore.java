package org.wanotify.bootstrap;

import java.util.Optional;
import org.wanotify.adapters.persistence.SecretSealer;
import org.wanotify.application.port.out.CallbackSecretStore;
import org.wanotify.domain.account.Secret;

/** Accounts' callback signing secrets, sealed with the master key before they reach the database. */
final class SealedCallbackSecretStore implements CallbackSecretStore {
    private static final String COLUMN = "callback_secrets.secret";

    private final CallbackSecretStore stored;
    private final SecretSealer sealer;

    SealedCallbackSecretStore(CallbackSecretStore stored, SecretSealer sealer) {
        this.stored = stored;
        this.sealer = sealer;
    }

    @Override
    public Optional<String> find(String account) {
        return stored.find(account).map(sealed -> sealer.open(sealed, COLUMN).reveal());
    }

    @Override
    public void put(String account, String secret) {
        stored.put(account, sealer.seal(Secret.ofNullable(secret), COLUMN));
    }
}
