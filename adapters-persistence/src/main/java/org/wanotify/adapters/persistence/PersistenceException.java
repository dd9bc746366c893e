package org.wanotify.adapters.persistence;

/**
 * The database failed while serving a port call; the message names the operation, never the data,
 * so stored message texts and key hashes cannot leak into logs.
 */
public final class PersistenceException extends RuntimeException {
    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
