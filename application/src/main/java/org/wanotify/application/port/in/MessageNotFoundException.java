package org.wanotify.application.port.in;

/** The message does not exist (or belongs to an account this key cannot see). */
public final class MessageNotFoundException extends UseCaseException {
    public MessageNotFoundException(String field, String message) {
        super(field, message);
    }
}
