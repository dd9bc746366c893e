package org.wanotify.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.wanotify.application.port.out.ApiKey;
import org.wanotify.application.port.out.ApiKeyStore;

/** API keys (their SHA-256 hashes) on SQLite or PostgreSQL through JDBI. */
public final class ApiKeyJdbiAdapter implements ApiKeyStore {
    private static final String COLUMNS = "id, name, key_hash, admin, accounts, callback_url, created_at, revoked_at";

    private final Jdbi jdbi;
    private final JsonCodec json = new JsonCodec();
    private final RowMapper<ApiKey> mapper = (rs, ctx) -> {
        long revoked = rs.getLong("revoked_at");
        Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
        return new ApiKey(rs.getString("id"), rs.getString("name"), rs.getString("key_hash"), rs.getBoolean("admin"),
                json.readAccounts(rs.getString("accounts")), rs.getString("callback_url"),
                Instant.ofEpochMilli(rs.getLong("created_at")), revokedAt);
    };

    public ApiKeyJdbiAdapter(Database database) {
        this(database.jdbi());
    }

    public ApiKeyJdbiAdapter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(ApiKey key) {
        run("storing an API key", h -> h.createUpdate("INSERT INTO api_keys (" + COLUMNS + ") VALUES"
                        + " (:id, :name, :hash, :admin, :accounts, :callbackUrl, :createdAt, :revokedAt)")
                .bind("id", key.id()).bind("name", key.name()).bind("hash", key.hash()).bind("admin", key.admin())
                .bind("accounts", json.writeAccounts(key.accounts())).bind("callbackUrl", key.callbackUrl())
                .bind("createdAt", key.createdAt().toEpochMilli())
                .bind("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<ApiKey> findByHash(String sha256Hex) {
        return run("reading an API key", h -> h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash")
                .bind("hash", sha256Hex).map(mapper).findOne());
    }

    @Override
    public List<ApiKey> all() {
        return run("listing API keys", h -> h.createQuery("SELECT " + COLUMNS + " FROM api_keys ORDER BY created_at, id")
                .map(mapper).list());
    }

    @Override
    public boolean hasActiveAdminKey() {
        return run("checking for an admin key", h -> h.createQuery(
                        "SELECT COUNT(*) FROM api_keys WHERE admin = TRUE AND revoked_at IS NULL")
                .mapTo(Long.class).one() > 0);
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return run("revoking an API key", h -> h.createUpdate(
                        "UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", at.toEpochMilli()).bind("id", id).execute() == 1);
    }

    private <T> T run(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
