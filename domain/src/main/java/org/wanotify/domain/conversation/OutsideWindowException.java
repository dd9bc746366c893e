package org.wanotify.domain.conversation;

import org.wanotify.domain.DomainException;

/** A free-form message to a customer who has not written in the last 24 hours, with no fallback template. */
public final class OutsideWindowException extends DomainException {
    public OutsideWindowException(String field) {
        super(field, "WhatsApp only delivers free-form messages within 24 hours of the customer's last message, and no"
                + " such window is open for this recipient; send an approved template instead, or add fallback_template"
                + " to send one when the window is closed");
    }
}
