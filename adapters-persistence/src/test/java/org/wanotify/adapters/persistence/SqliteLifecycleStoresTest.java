package org.wanotify.adapters.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle stores on SQLite with the production migrations. */
class SqliteLifecycleStoresTest extends LifecycleStoresContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return Database.open(new PersistenceConfig("jdbc:sqlite:" + dir.resolve("lifecycle.db"), 4));
    }
}
