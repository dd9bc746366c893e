package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The lifecycle stores on PostgreSQL when {@code WANOTIFY_TEST_POSTGRES_URL} names a server; each test gets its own schema. */
class PostgresLifecycleStoresTest extends LifecycleStoresContract {
    private static final String URL = PostgresMessageStoreTest.URL;
    private String schema;

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(URL != null && !URL.isBlank(), "WANOTIFY_TEST_POSTGRES_URL not set: skipping PostgreSQL tests");
    }

    @Override
    protected Database open() {
        schema = "wanotify_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        return Database.open(new PersistenceConfig(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, 4));
    }

    @AfterEach
    void dropSchema() {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
