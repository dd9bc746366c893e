package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensSqliteWithWalNormalSyncBusyTimeoutForeignKeysAndImmediateTransactions() throws SQLException {
        try (Database db = Database.open(new PersistenceConfig("jdbc:sqlite:" + dir.resolve("a/b/w.db"), 2));
             Connection c = db.dataSource().getConnection()) {
            assertTrue(db.isSqlite());
            assertEquals(Dialect.SQLITE, db.dialect());
            assertEquals("wal", pragma(c, "journal_mode"));
            assertEquals("1", pragma(c, "synchronous"), "1 is NORMAL");
            assertEquals("10000", pragma(c, "busy_timeout"));
            assertEquals("1", pragma(c, "foreign_keys"));
            assertEquals(SQLiteConfig.TransactionMode.IMMEDIATE,
                    c.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode());
        }
        assertTrue(Files.exists(dir.resolve("a/b/w.db")), "the missing directories were created");
    }

    @Test
    void migratesOnceAndThenFindsNothingToDo() {
        PersistenceConfig config = new PersistenceConfig("jdbc:sqlite:" + dir.resolve("w.db"), 1);
        // every issue adds its own migrations: count them rather than pin the number
        assertTrue(Database.migrateOnly(config) >= 2);
        assertEquals(0, Database.migrateOnly(config));
        try (Database db = Database.open(config)) {
            int events = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM message_events").mapTo(Integer.class).one());
            assertEquals(0, events);
        }
    }

    @Test
    void refusesAnUnsupportedDatabaseNamingTheVariableWithoutEchoingThePassword() {
        PersistenceConfigException e = assertThrows(PersistenceConfigException.class,
                () -> new PersistenceConfig("jdbc:mysql://db/app?user=u&password=hunter2", 8));
        assertTrue(e.getMessage().startsWith("WANOTIFY_DB_URL: unsupported database 'jdbc:mysql'"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void refusesSomethingThatIsNotAJdbcUrl() {
        PersistenceConfigException e = assertThrows(PersistenceConfigException.class,
                () -> PersistenceConfig.of("./data/wanotify.db"));
        assertTrue(e.getMessage().contains("WANOTIFY_DB_URL") && e.getMessage().contains("jdbc:sqlite:"), e.getMessage());
    }

    @Test
    void refusesInMemorySqliteBecauseEachPooledConnectionWouldSeeItsOwnDatabase() {
        PersistenceConfigException e = assertThrows(PersistenceConfigException.class,
                () -> PersistenceConfig.of("jdbc:sqlite::memory:"));
        assertTrue(e.getMessage().startsWith("WANOTIFY_DB_URL: in-memory"), e.getMessage());
    }

    @Test
    void refusesAMalformedPostgresUrl() {
        PersistenceConfigException e = assertThrows(PersistenceConfigException.class,
                () -> PersistenceConfig.of("jdbc:postgresql://db:notaport/app?password=hunter2"));
        assertTrue(e.getMessage().contains("not a valid PostgreSQL URL"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void explainsAnUnreachablePostgresServerWithoutThePassword() {
        PersistenceConfig config = PersistenceConfig.of("jdbc:postgresql://127.0.0.1:1/app?user=u&password=hunter2&connectTimeout=2");
        PersistenceConfigException e = assertThrows(PersistenceConfigException.class, () -> Database.open(config));
        assertTrue(e.getMessage().startsWith("WANOTIFY_DB_URL: cannot connect to jdbc:postgresql://127.0.0.1:1/app: "), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void explainsASqliteDirectoryThatCannotBeCreated() throws Exception {
        Files.writeString(dir.resolve("file"), "not a directory");
        PersistenceConfigException e = assertThrows(PersistenceConfigException.class,
                () -> Database.open(PersistenceConfig.of("jdbc:sqlite:" + dir.resolve("file/sub/w.db"))));
        assertTrue(e.getMessage().startsWith("WANOTIFY_DB_URL: cannot create the directory"), e.getMessage());
    }

    @Test
    void hidesCredentialsInToString() {
        PersistenceConfig config = PersistenceConfig.of("jdbc:postgresql://u:hunter2@db:5432/app?password=hunter2");
        assertEquals("PersistenceConfig[jdbc:postgresql://db:5432/app, poolSize=8]", config.toString());
    }

    @Test
    void defaultsToTheSqliteFileOfTheContract() {
        assertEquals("jdbc:sqlite:./data/wanotify.db", PersistenceConfig.of(null).jdbcUrl());
        assertEquals(Dialect.POSTGRESQL, PersistenceConfig.of("jdbc:postgresql://db/app").dialect());
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
