package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;
import org.wanotify.domain.account.Secret;
import org.wanotify.domain.recipient.PhonePolicy;

class AccountJdbiAdapterTest {
    private static final byte[] KEY = new byte[32];
    private static final String TOKEN = "EAAG-token-that-must-stay-sealed";

    @TempDir
    Path dir;
    Database database;
    AccountJdbiAdapter accounts;

    @BeforeEach
    void open() {
        Arrays.fill(KEY, (byte) 7);
        database = Database.open(PersistenceConfig.of("jdbc:sqlite:" + dir.resolve("w.db")));
        accounts = new AccountJdbiAdapter(database, new SecretSealer(KEY), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Account shop() {
        return new Account("shop-a", "222222", "900001", Secret.ofNullable(TOKEN), Secret.ofNullable("app-secret"),
                Secret.ofNullable("verify-me"), "v23.0", new PhonePolicy("TZ", Set.of("TZ", "KE")), 40, AccountState.PAUSED,
                "Meta error 190", Set.of("+255781588379"), Secret.ofNullable("callback-secret"));
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        accounts.save(shop());
        Account read = accounts.find("shop-a").orElseThrow();
        assertEquals(TOKEN, read.accessToken().reveal());
        assertEquals("app-secret", read.appSecret().reveal());
        assertEquals("verify-me", read.webhookVerifyToken().reveal());
        assertEquals("callback-secret", read.callbackSecret().reveal());
        assertEquals(Set.of("TZ", "KE"), read.phonePolicy().allowedCountries());
        assertEquals("TZ", read.phonePolicy().defaultRegion());
        assertEquals(Set.of("+255781588379"), read.testRecipients());
        assertEquals(AccountState.PAUSED, read.state());
        assertEquals("Meta error 190", read.pausedReason());
        assertEquals(40, read.mps());
        assertEquals(1, accounts.all().size());
    }

    @Test
    void secretsAreStoredOnlyAsCiphertext() {
        accounts.save(shop());
        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT access_token_enc FROM accounts").mapTo(String.class).one());
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(TOKEN));
        accounts.save(shop());
        String again = database.jdbi().withHandle(h -> h.createQuery("SELECT access_token_enc FROM accounts").mapTo(String.class).one());
        assertNotEquals(stored, again, "a fresh nonce per write");
    }

    @Test
    void anotherMasterKeyCannotOpenThemAndSaysSoWithoutTheValue() {
        accounts.save(shop());
        byte[] other = new byte[32];
        AccountJdbiAdapter wrongKey = new AccountJdbiAdapter(database, new SecretSealer(other), Clock.systemUTC());
        PersistenceException e = assertThrows(PersistenceException.class, () -> wrongKey.find("shop-a"));
        assertTrue(e.getMessage().contains("WANOTIFY_MASTER_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void aCiphertextMovedToAnotherColumnDoesNotOpen() {
        accounts.save(shop());
        database.jdbi().useHandle(h -> h.execute("UPDATE accounts SET app_secret_enc = access_token_enc"));
        assertThrows(PersistenceException.class, () -> accounts.find("shop-a"));
    }

    @Test
    void savingReplacesAndDeletingRemoves() {
        accounts.save(shop());
        accounts.save(shop().withState(AccountState.ACTIVE, null));
        assertEquals(AccountState.ACTIVE, accounts.find("shop-a").orElseThrow().state());
        assertTrue(accounts.delete("shop-a"));
        assertFalse(accounts.delete("shop-a"));
        assertTrue(accounts.find("shop-a").isEmpty());
    }

    @Test
    void callbackSecretsOfApiKeysAreSealedToo() {
        new ApiKeyJdbiAdapter(database).insert(ApiKeyJdbiAdapterTest.admin());
        ApiKeyCallbackSecretJdbiAdapter secrets = new ApiKeyCallbackSecretJdbiAdapter(database, new SecretSealer(KEY));
        secrets.save("key_admin", Secret.ofNullable("whsec_abc"));
        assertEquals("whsec_abc", secrets.find("key_admin").orElseThrow().reveal());
        assertTrue(secrets.find("key_other").isEmpty());
        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT secret_enc FROM api_key_callback_secrets").mapTo(String.class).one());
        assertFalse(stored.contains("whsec_abc"));
    }

    @Test
    void sealerRefusesKeysThatAreNot32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new SecretSealer(new byte[16]));
    }
}
