package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.wanotify.application.port.out.TemplateStore;

/** The template store contract on PostgreSQL when {@code WANOTIFY_TEST_POSTGRES_URL} is set; own schema per test. */
class PostgresTemplateStoreTest extends TemplateStoreContract {
    private static final String URL = PostgresMessageStoreTest.URL;

    private String schema;
    private Database database;

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(URL != null && !URL.isBlank(), "WANOTIFY_TEST_POSTGRES_URL not set: skipping PostgreSQL contract tests");
    }

    @Override
    protected TemplateStore newStore() {
        schema = "wanotify_test_" + UUID.randomUUID().toString().replace("-", "");
        PostgresMessageStoreTest.execute("CREATE SCHEMA " + schema);
        database = Database.open(new PersistenceConfig(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, 4));
        return new TemplateJdbiAdapter(database);
    }

    @AfterEach
    void dropSchema() {
        database.close();
        PostgresMessageStoreTest.execute("DROP SCHEMA " + schema + " CASCADE");
    }
}
