package org.wanotify.domain;

/** An input value that breaks a rule of the domain (too long, missing, malformed). */
public class InvalidFieldException extends DomainException {
    public InvalidFieldException(String field, String message) {
        super(field, message);
    }

    /** Checks a required text value: present, not blank, and at most {@code max} characters. */
    public static String requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required and must not be blank");
        }
        return requireMaxLength(field, value, max);
    }

    /** Checks an optional text value: null or at most {@code max} characters. */
    public static String requireMaxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
