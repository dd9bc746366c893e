package org.wanotify.adapters.persistence;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.wanotify.application.port.out.InboundMessageStore;
import org.wanotify.domain.conversation.ConversationWindow;
import org.wanotify.domain.conversation.InboundMessage;
import org.wanotify.domain.recipient.Recipient;

/** Inbound messages in {@code inbound_messages}; a window is the latest message of its sender. */
public final class InboundMessageJdbiAdapter implements InboundMessageStore {
    private final Jdbi jdbi;

    public InboundMessageJdbiAdapter(Database database) {
        this(database.jdbi());
    }

    public InboundMessageJdbiAdapter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean record(InboundMessage m) {
        return Jdbis.withHandle(jdbi, "storing an inbound message", h -> h.createUpdate(
                        "INSERT INTO inbound_messages (wamid, account, from_number, type, text, sent_at, received_at)"
                                + " VALUES (:wamid, :account, :from, :type, :text, :sentAt, :receivedAt) ON CONFLICT (wamid) DO NOTHING")
                .bind("wamid", m.wamid()).bind("account", m.account()).bind("from", m.from().e164()).bind("type", m.type())
                .bind("text", m.text()).bind("sentAt", m.sentAt().toEpochMilli()).bind("receivedAt", m.receivedAt().toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public ConversationWindow window(String account, Recipient customer) {
        Long last = Jdbis.withHandle(jdbi, "reading a conversation window", h -> h.createQuery(
                        "SELECT MAX(sent_at) FROM inbound_messages WHERE account = :account AND from_number = :from")
                .bind("account", account).bind("from", customer.e164()).mapTo(Long.class).findOne().orElse(null));
        return last == null ? ConversationWindow.none() : new ConversationWindow(Instant.ofEpochMilli(last));
    }
}
