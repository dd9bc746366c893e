package org.wanotify.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.wanotify.application.port.out.ApiKeyCallbackSecretStore;
import org.wanotify.domain.account.Secret;

/** API keys' callback secrets, sealed with the master key. */
public final class ApiKeyCallbackSecretJdbiAdapter implements ApiKeyCallbackSecretStore {
    private static final String COLUMN = "callback_secret";

    private final Jdbi jdbi;
    private final SecretSealer sealer;

    public ApiKeyCallbackSecretJdbiAdapter(Database database, SecretSealer sealer) {
        this.jdbi = database.jdbi();
        this.sealer = sealer;
    }

    @Override
    public void save(String apiKeyId, Secret secret) {
        run("storing a callback secret", h -> h.createUpdate("INSERT INTO api_key_callback_secrets (key_id, secret_enc) VALUES (:id, :secret)")
                .bind("id", apiKeyId).bind("secret", sealer.seal(secret, COLUMN)).execute());
    }

    @Override
    public Optional<Secret> find(String apiKeyId) {
        return run("reading a callback secret", h -> h.createQuery("SELECT secret_enc FROM api_key_callback_secrets WHERE key_id = :id")
                .bind("id", apiKeyId).mapTo(String.class).findOne()).map(s -> sealer.open(s, COLUMN));
    }

    private <T> T run(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
