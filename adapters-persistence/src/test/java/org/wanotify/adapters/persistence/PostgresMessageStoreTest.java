package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.wanotify.application.port.out.MessageStore;

/**
 * The message store contract on PostgreSQL, when {@code WANOTIFY_TEST_POSTGRES_URL} names a server
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); each test gets its own schema.
 */
class PostgresMessageStoreTest extends MessageStoreContract {
    static final String URL = System.getenv("WANOTIFY_TEST_POSTGRES_URL");

    private String schema;
    private PersistenceConfig config;
    private Database database;

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(URL != null && !URL.isBlank(), "WANOTIFY_TEST_POSTGRES_URL not set: skipping PostgreSQL contract tests");
    }

    @Override
    protected MessageStore newStore() {
        schema = "wanotify_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        config = new PersistenceConfig(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, 8);
        database = Database.open(config);
        return new MessageJdbiAdapter(database);
    }

    @Override
    protected MessageStore reopen() {
        database.close();
        database = Database.open(config);
        return new MessageJdbiAdapter(database);
    }

    @AfterEach
    void dropSchema() {
        database.close();
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
