package org.wanotify.application.port.out;

import org.wanotify.domain.notification.MessageId;

/** Makes new ids that sort by creation time. */
public interface IdGenerator {
    MessageId newMessageId();

    /** A new id with {@code prefix} ({@code key_}, ...). */
    String newId(String prefix);
}
