package org.wanotify.adapters.persistence;

import java.util.Locale;

/** The databases wanotify runs on, told apart by the JDBC URL. */
public enum Dialect {
    SQLITE("jdbc:sqlite:", "sqlite"),
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String migrationFolder;

    Dialect(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /** Flyway location of the migrations only this database needs. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** The dialect of {@code jdbcUrl}, or a {@link PersistenceConfigException} naming {@code WANOTIFY_DB_URL}. */
    public static Dialect of(String jdbcUrl) {
        String lower = jdbcUrl == null ? "" : jdbcUrl.strip().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (lower.startsWith(d.urlPrefix)) {
                return d;
            }
        }
        // Only the scheme is echoed: the rest of a URL may carry a password.
        int schemeEnd = lower.indexOf(':', lower.indexOf(':') + 1);
        String scheme = schemeEnd > 0 ? lower.substring(0, schemeEnd) : "(no jdbc scheme)";
        throw new PersistenceConfigException("WANOTIFY_DB_URL: unsupported database '" + scheme
                + "'; use jdbc:sqlite:<file> (e.g. jdbc:sqlite:./data/wanotify.db) or jdbc:postgresql://<host>[:<port>]/<database>");
    }
}
