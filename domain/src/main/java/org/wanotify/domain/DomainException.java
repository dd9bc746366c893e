package org.wanotify.domain;

/** A rule of the domain was broken; the message names the field and the rule, never a secret. */
public abstract class DomainException extends RuntimeException {
    private final String field;

    protected DomainException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    /** The input field the rule is about, in the API's snake_case, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    /** The rule that was broken, without the field name. */
    public String rule() {
        String m = getMessage();
        return field == null ? m : m.substring(field.length() + 2);
    }
}
