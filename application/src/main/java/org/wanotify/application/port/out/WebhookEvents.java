package org.wanotify.application.port.out;

import java.util.List;
import org.wanotify.application.port.in.StatusUpdate;

/** What one webhook delivery reports that wanotify acts on. */
public record WebhookEvents(List<StatusUpdate> statuses, List<ReceivedMessage> messages) {
    public WebhookEvents {
        statuses = List.copyOf(statuses);
        messages = List.copyOf(messages);
    }
}
