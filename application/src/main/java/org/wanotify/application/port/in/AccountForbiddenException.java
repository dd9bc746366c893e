package org.wanotify.application.port.in;

/** This API key may not use the account. */
public final class AccountForbiddenException extends UseCaseException {
    public AccountForbiddenException(String field, String message) {
        super(field, message);
    }
}
