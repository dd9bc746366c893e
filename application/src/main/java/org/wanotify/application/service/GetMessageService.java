package org.wanotify.application.service;

import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.GetMessageUseCase;
import org.wanotify.application.port.in.MessageNotFoundException;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.Notification;

/** Reads one message; another account's message looks exactly like a missing one. */
public final class GetMessageService implements GetMessageUseCase {
    private final MessageStore store;

    public GetMessageService(MessageStore store) {
        this.store = store;
    }

    @Override
    public Notification get(Caller caller, String id) {
        if (!MessageId.isValid(id)) {
            throw notFound(id);
        }
        return store.find(new MessageId(id)).filter(n -> caller.mayUse(n.account())).orElseThrow(() -> notFound(id));
    }

    private static MessageNotFoundException notFound(String id) {
        return new MessageNotFoundException("id", "no message " + id);
    }
}
