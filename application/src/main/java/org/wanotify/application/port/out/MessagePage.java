package org.wanotify.application.port.out;

import java.util.List;
import org.wanotify.domain.notification.Notification;

/** One page of messages and the cursor (the last id) of the next page, or null at the end. */
public record MessagePage(List<Notification> messages, String nextCursor) {
    public MessagePage {
        messages = List.copyOf(messages);
    }
}
