package org.wanotify.domain.notification;

import org.wanotify.domain.DomainException;

/** A change that would move a message backwards or out of a final state. */
public final class IllegalStatusTransitionException extends DomainException {
    public IllegalStatusTransitionException(MessageStatus from, MessageStatus to) {
        super("status", "cannot move from " + from.wireName() + " to " + to.wireName());
    }
}
