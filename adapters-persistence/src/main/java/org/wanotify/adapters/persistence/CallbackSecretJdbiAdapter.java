package org.wanotify.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.wanotify.application.port.out.CallbackSecretStore;

/** Callback signing secrets in {@code callback_secrets}. */
public final class CallbackSecretJdbiAdapter implements CallbackSecretStore {
    private final Jdbi jdbi;

    public CallbackSecretJdbiAdapter(Database database) {
        this(database.jdbi());
    }

    public CallbackSecretJdbiAdapter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> find(String account) {
        return Jdbis.withHandle(jdbi, "reading a callback secret", h -> h.createQuery(
                "SELECT secret FROM callback_secrets WHERE account = :account").bind("account", account).mapTo(String.class).findOne());
    }

    @Override
    public void put(String account, String secret) {
        Jdbis.withHandle(jdbi, "storing a callback secret", h -> h.createUpdate(
                        "INSERT INTO callback_secrets (account, secret) VALUES (:account, :secret)"
                                + " ON CONFLICT (account) DO UPDATE SET secret = excluded.secret")
                .bind("account", account).bind("secret", secret).execute());
    }
}
