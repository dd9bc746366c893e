package org.wanotify.adapters.persistence;

/** The database configuration ({@code WANOTIFY_DB_URL}) is wrong or names a database that cannot be reached. */
public final class PersistenceConfigException extends IllegalArgumentException {
    public PersistenceConfigException(String message) {
        super(message);
    }
}
