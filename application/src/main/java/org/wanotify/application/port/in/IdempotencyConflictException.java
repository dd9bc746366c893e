package org.wanotify.application.port.in;

/** The Idempotency-Key was already used with a different request body. */
public final class IdempotencyConflictException extends UseCaseException {
    public IdempotencyConflictException(String field, String message) {
        super(field, message);
    }
}
