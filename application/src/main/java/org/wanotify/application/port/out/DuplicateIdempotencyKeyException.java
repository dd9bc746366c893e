package org.wanotify.application.port.out;

/** Another request stored the same idempotency key first (a race between two identical requests). */
public final class DuplicateIdempotencyKeyException extends RuntimeException {
    public DuplicateIdempotencyKeyException(String scope) {
        super("idempotency key already used by key " + scope);
    }
}
