package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.application.port.out.ApiKey;

class ApiKeyJdbiAdapterTest {
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path dir;
    Database database;
    ApiKeyJdbiAdapter keys;

    @BeforeEach
    void open() {
        database = Database.open(PersistenceConfig.of("jdbc:sqlite:" + dir.resolve("w.db")));
        keys = new ApiKeyJdbiAdapter(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static ApiKey admin() {
        return new ApiKey("key_admin", "bootstrap admin", "a".repeat(64), true, Set.of(), null, T0, null);
    }

    static ApiKey client() {
        return new ApiKey("key_shop", "shop back end", "b".repeat(64), false, Set.of("shop-a", "shop-b"),
                "https://shop.example.com/hooks", T0.plusSeconds(1), null);
    }

    @Test
    void findsAKeyByItsHashWithAllItsFields() {
        keys.insert(client());
        assertEquals(client(), keys.findByHash("b".repeat(64)).orElseThrow());
        assertTrue(keys.findByHash("c".repeat(64)).isEmpty());
    }

    @Test
    void listsAllKeysOldestFirst() {
        keys.insert(client());
        keys.insert(admin());
        assertEquals(List.of(admin(), client()), keys.all());
    }

    @Test
    void knowsWhetherAnActiveAdminKeyExists() {
        assertFalse(keys.hasActiveAdminKey());
        keys.insert(client());
        assertFalse(keys.hasActiveAdminKey(), "a client key is not an admin key");
        keys.insert(admin());
        assertTrue(keys.hasActiveAdminKey());

        assertTrue(keys.revoke("key_admin", T0.plusSeconds(5)));

        assertFalse(keys.hasActiveAdminKey());
        assertEquals(T0.plusSeconds(5), keys.findByHash("a".repeat(64)).orElseThrow().revokedAt());
        assertFalse(keys.revoke("key_admin", T0.plusSeconds(6)), "already revoked");
    }

    @Test
    void refusesASecondKeyWithTheSameHashWithoutRepeatingIt() {
        keys.insert(client());
        ApiKey copy = new ApiKey("key_other", "copy", client().hash(), false, Set.of("x"), null, T0, null);
        PersistenceException e = assertThrows(PersistenceException.class, () -> keys.insert(copy));
        assertFalse(e.getMessage().contains(client().hash()));
    }
}
