package org.wanotify.application.port.in;

/** The account does not exist. */
public final class AccountNotFoundException extends UseCaseException {
    public AccountNotFoundException(String field, String message) {
        super(field, message);
    }
}
