package org.wanotify.adapters.persistence;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Runs JDBI work and turns its exceptions into {@link PersistenceException}s naming the operation. */
final class Jdbis {
    private Jdbis() {
    }

    static <T> T inTransaction(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }

    static <T> T withHandle(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
