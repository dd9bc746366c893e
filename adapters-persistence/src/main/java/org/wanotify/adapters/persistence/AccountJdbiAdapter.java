package org.wanotify.adapters.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.wanotify.application.port.out.AccountStore;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;
import org.wanotify.domain.recipient.PhonePolicy;

/** Accounts on SQLite or PostgreSQL through JDBI, with every token and secret sealed by {@link SecretSealer}. */
public final class AccountJdbiAdapter implements AccountStore {
    private static final String COLUMNS = "name, phone_number_id, waba_id, access_token_enc, app_secret_enc,"
            + " webhook_verify_token_enc, callback_secret_enc, api_version, default_region, allowed_countries, mps,"
            + " test_recipients, state, paused_reason, updated_at";

    private final Jdbi jdbi;
    private final SecretSealer sealer;
    private final Clock clock;
    private final JsonCodec json = new JsonCodec();
    private final RowMapper<Account> mapper;

    public AccountJdbiAdapter(Database database, SecretSealer sealer, Clock clock) {
        this.jdbi = database.jdbi();
        this.sealer = sealer;
        this.clock = clock;
        this.mapper = (rs, ctx) -> new Account(rs.getString("name"), rs.getString("phone_number_id"), rs.getString("waba_id"),
                sealer.open(rs.getString("access_token_enc"), "access_token"),
                sealer.open(rs.getString("app_secret_enc"), "app_secret"),
                sealer.open(rs.getString("webhook_verify_token_enc"), "webhook_verify_token"),
                rs.getString("api_version"),
                new PhonePolicy(rs.getString("default_region"), json.readAccounts(rs.getString("allowed_countries"))),
                rs.getInt("mps"), AccountState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getString("paused_reason"),
                json.readAccounts(rs.getString("test_recipients")),
                sealer.open(rs.getString("callback_secret_enc"), "callback_secret"));
    }

    @Override
    public Optional<Account> find(String name) {
        return run("reading an account", h -> h.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE name = :name")
                .bind("name", name).map(mapper).findOne());
    }

    @Override
    public List<Account> all() {
        return run("listing accounts", h -> h.createQuery("SELECT " + COLUMNS + " FROM accounts ORDER BY name").map(mapper).list());
    }

    @Override
    public void save(Account a) {
        run("storing an account", h -> {
            h.createUpdate("DELETE FROM accounts WHERE name = :name").bind("name", a.name()).execute();
            return h.createUpdate("INSERT INTO accounts (" + COLUMNS + ") VALUES (:name, :phone, :waba, :token, :appSecret,"
                            + " :verify, :callback, :version, :region, :countries, :mps, :tests, :state, :reason, :at)")
                    .bind("name", a.name()).bind("phone", a.phoneNumberId()).bind("waba", a.wabaId())
                    .bind("token", sealer.seal(a.accessToken(), "access_token"))
                    .bind("appSecret", sealer.seal(a.appSecret(), "app_secret"))
                    .bind("verify", sealer.seal(a.webhookVerifyToken(), "webhook_verify_token"))
                    .bind("callback", sealer.seal(a.callbackSecret(), "callback_secret"))
                    .bind("version", a.apiVersion()).bind("region", a.phonePolicy().defaultRegion())
                    .bind("countries", json.writeAccounts(a.phonePolicy().allowedCountries()))
                    .bind("mps", a.mps()).bind("tests", json.writeAccounts(a.testRecipients()))
                    .bind("state", a.state().name().toLowerCase(Locale.ROOT)).bind("reason", a.pausedReason())
                    .bind("at", clock.millis()).execute();
        });
    }

    @Override
    public boolean delete(String name) {
        return run("deleting an account", h -> h.createUpdate("DELETE FROM accounts WHERE name = :name").bind("name", name).execute() == 1);
    }

    private <T> T run(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
