package org.wanotify.application.service;

import java.util.Locale;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.ListMessagesQuery;
import org.wanotify.application.port.in.ListMessagesUseCase;
import org.wanotify.application.port.out.MessagePage;
import org.wanotify.application.port.out.MessageQuery;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.recipient.PhonePolicy;

/** Lists the caller's messages newest first; the cursor is the id of the last message of the previous page. */
public final class ListMessagesService implements ListMessagesUseCase {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final MessageStore store;

    public ListMessagesService(MessageStore store) {
        this.store = store;
    }

    @Override
    public MessagePage list(Caller caller, ListMessagesQuery query) {
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        MessageStatus status = null;
        if (query.status() != null && !query.status().isBlank()) {
            try {
                status = MessageStatus.fromWire(query.status().trim().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("status", "must be one of queued, scheduled, sending, sent, delivered, read, failed");
            }
        }
        String to = query.to() == null || query.to().isBlank() ? null
                : PhonePolicy.international().recipientFor(query.to().strip().startsWith("+") ? query.to().strip() : "+" + query.to().strip()).e164();
        if (query.cursor() != null && !query.cursor().isBlank() && !MessageId.isValid(query.cursor())) {
            throw new InvalidFieldException("cursor", "is not a cursor returned by this API");
        }
        String cursor = query.cursor() == null || query.cursor().isBlank() ? null : query.cursor();
        return store.list(new MessageQuery(caller.admin() ? null : caller.accounts(), status, to, limit, cursor));
    }
}
