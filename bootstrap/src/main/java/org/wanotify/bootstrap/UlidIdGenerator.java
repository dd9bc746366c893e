package org.wanotify.bootstrap;

import com.github.f4b6a3.ulid.UlidCreator;
import org.wanotify.application.port.out.IdGenerator;
import org.wanotify.domain.notification.MessageId;

/** Monotonic ULIDs: unique, and sorted by creation time even within one millisecond. */
final class UlidIdGenerator implements IdGenerator {
    @Override
    public MessageId newMessageId() {
        return MessageId.fromUlid(UlidCreator.getMonotonicUlid().toString());
    }

    @Override
    public String newId(String prefix) {
        return prefix + UlidCreator.getMonotonicUlid().toString();
    }
}
