package org.wanotify.adapters.persistence;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the database is and how many pooled connections to keep; checked when built, so a bad
 * {@code WANOTIFY_DB_URL} fails at start-up with a message that says what is wrong.
 *
 * @param jdbcUrl  {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host[:port]/database[?user=...]}
 * @param poolSize the most connections the pool opens (at least 1)
 */
public record PersistenceConfig(String jdbcUrl, int poolSize) {
    public static final String DEFAULT_URL = "jdbc:sqlite:./data/wanotify.db";
    public static final int DEFAULT_POOL_SIZE = 8;

    public PersistenceConfig {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new PersistenceConfigException("WANOTIFY_DB_URL: is empty; use jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database>");
        }
        jdbcUrl = jdbcUrl.strip();
        if (poolSize < 1) {
            throw new PersistenceConfigException("database pool size must be at least 1, not " + poolSize);
        }
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            sqlitePath(jdbcUrl);
        } else if (org.postgresql.Driver.parseURL(jdbcUrl, new Properties()) == null) {
            throw new PersistenceConfigException("WANOTIFY_DB_URL: '" + redact(jdbcUrl)
                    + "' is not a valid PostgreSQL URL; use jdbc:postgresql://<host>[:<port>]/<database>[?user=...]");
        }
    }

    /** The default SQLite file and pool size. */
    public static PersistenceConfig defaults() {
        return new PersistenceConfig(DEFAULT_URL, DEFAULT_POOL_SIZE);
    }

    /** {@code jdbcUrl} with the default pool size; a null or blank URL means the default SQLite file. */
    public static PersistenceConfig of(String jdbcUrl) {
        return new PersistenceConfig(jdbcUrl == null || jdbcUrl.isBlank() ? DEFAULT_URL : jdbcUrl, DEFAULT_POOL_SIZE);
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }

    /** The SQLite database file; only for SQLite URLs. */
    public Path sqliteFile() {
        return sqlitePath(jdbcUrl);
    }

    /** The URL without user info or query parameters, safe to log. */
    public String redactedUrl() {
        return redact(jdbcUrl);
    }

    @Override
    public String toString() {
        return "PersistenceConfig[" + redactedUrl() + ", poolSize=" + poolSize + "]";
    }

    private static Path sqlitePath(String url) {
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        if (path.isBlank() || path.contains(":memory:") || path.contains("mode=memory")) {
            // Every pooled connection would open its own empty in-memory database.
            throw new PersistenceConfigException("WANOTIFY_DB_URL: in-memory or empty SQLite paths are not supported;"
                    + " name a file, e.g. jdbc:sqlite:./data/wanotify.db");
        }
        try {
            return Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new PersistenceConfigException("WANOTIFY_DB_URL: '" + path + "' is not a valid file path: " + e.getReason());
        }
    }

    private static String redact(String url) {
        int query = url.indexOf('?');
        String base = query >= 0 ? url.substring(0, query) : url;
        return base.replaceFirst("//[^/@]*@", "//");
    }
}
