package org.wanotify.domain.recipient;

import org.wanotify.domain.InvalidFieldException;

/** A recipient number that cannot be turned into a WhatsApp-capable E.164 number. */
public final class InvalidPhoneNumberException extends InvalidFieldException {
    public InvalidPhoneNumberException(String field, String message) {
        super(field, message);
    }
}
