package org.wanotify.adapters.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.application.port.out.TemplateStore;

/** The template store contract on a real SQLite file with the production migrations. */
class SqliteTemplateStoreTest extends TemplateStoreContract {
    @TempDir
    Path dir;

    private Database database;

    @Override
    protected TemplateStore newStore() {
        database = Database.open(new PersistenceConfig("jdbc:sqlite:" + dir.resolve("wanotify.db"), 4));
        return new TemplateJdbiAdapter(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
