package org.wanotify.application.port.in;

/** The account change clashes with existing state (the name or phone number id is taken, or the account comes from the environment). */
public final class AccountConflictException extends UseCaseException {
    public AccountConflictException(String field, String message) {
        super(field, message);
    }
}
