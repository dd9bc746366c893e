package org.wanotify.application.port.in;

import org.wanotify.domain.notification.Notification;

/** Reads one message the caller may see. */
public interface GetMessageUseCase {
    /** @throws MessageNotFoundException when it does not exist or belongs to an account the caller cannot use */
    Notification get(Caller caller, String id);
}
