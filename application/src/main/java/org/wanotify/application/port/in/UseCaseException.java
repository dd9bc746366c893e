package org.wanotify.application.port.in;

/** A request a use case refuses; the HTTP adapter maps each subclass to its status. */
public abstract class UseCaseException extends RuntimeException {
    private final String field;

    protected UseCaseException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field concerned, or null. */
    public String field() {
        return field;
    }
}
