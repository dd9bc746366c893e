package org.wanotify.adapters.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.application.port.out.MessageStore;

/** The message store contract on a real SQLite file with the production migrations. */
class SqliteMessageStoreTest extends MessageStoreContract {
    @TempDir
    Path dir;

    private PersistenceConfig config;
    private Database database;

    @Override
    protected MessageStore newStore() {
        // A directory that does not exist yet: the Database creates it, as on a first start.
        config = new PersistenceConfig("jdbc:sqlite:" + dir.resolve("data/wanotify.db"), 8);
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
    void closeDatabase() {
        database.close();
    }
}
