package org.wanotify.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The connection pool, migrated schema and JDBI handle of one database; close it at shutdown. */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final GroupCommit writes;

    private Database(Dialect dialect, HikariDataSource dataSource) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.writes = dialect == Dialect.SQLITE ? new GroupCommit(jdbi) : null;
        // JDBI's default messages repeat bound values (message texts, key hashes); the adapters name the operation instead.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /** Connects (creating the SQLite file's directory if needed) and brings the schema up to date. */
    public static Database open(PersistenceConfig config) {
        HikariDataSource dataSource = connect(config);
        try {
            migrate(dataSource, config);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(config.dialect(), dataSource);
    }

    /** Applies pending migrations and disconnects, for the {@code migrate} CLI command; returns how many ran. */
    public static int migrateOnly(PersistenceConfig config) {
        try (HikariDataSource dataSource = connect(config)) {
            return migrate(dataSource, config);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs {@code work} in a write transaction. On SQLite every adapter's hot-path writes go through one shared
     * {@link GroupCommit}, so they queue in memory instead of sleeping in SQLite's busy handler.
     */
    public <T> T write(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return writes != null ? writes.write(work) : jdbi.inTransaction(work);
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }

    GroupCommit groupCommit() {
        return writes;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    public boolean isSqlite() {
        return dialect == Dialect.SQLITE;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource connect(PersistenceConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("wanotify-db");
        hikari.setMaximumPoolSize(config.poolSize());
        if (config.dialect() == Dialect.SQLITE) {
            createParentDirectory(config.sqliteFile());
            hikari.setDataSource(sqliteDataSource(config.jdbcUrl()));
        } else {
            hikari.setJdbcUrl(config.jdbcUrl());
            // Keeps row values (e.g. "Key (key_hash)=(...) already exists") out of exception messages.
            hikari.addDataSourceProperty("logServerErrorDetail", "false");
        }
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new PersistenceConfigException("WANOTIFY_DB_URL: cannot connect to " + config.redactedUrl() + ": "
                    + rootMessage(e).replace(config.jdbcUrl(), config.redactedUrl()));
        }
    }

    private static DataSource sqliteDataSource(String url) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        sqlite.enforceForeignKeys(true);
        // A DEFERRED transaction that reads first and then writes cannot wait for the lock: it fails with
        // SQLITE_BUSY under concurrency. IMMEDIATE takes the write lock at BEGIN and waits busy_timeout for it.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl(url);
        return dataSource;
    }

    private static void createParentDirectory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new PersistenceConfigException("WANOTIFY_DB_URL: cannot create the directory " + parent
                    + " for the SQLite file: " + e);
        }
    }

    private static int migrate(DataSource dataSource, PersistenceConfig config) {
        try {
            int applied = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common", config.dialect().migrationLocation())
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.info("Database {} is up to date ({} migrations applied now)", config.redactedUrl(), applied);
            return applied;
        } catch (FlywayException e) {
            throw new IllegalStateException("migrating the database " + config.redactedUrl() + " failed: "
                    + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
