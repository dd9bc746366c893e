package org.wanotify.application.port.out;

import org.wanotify.domain.conversation.ConversationWindow;
import org.wanotify.domain.conversation.InboundMessage;
import org.wanotify.domain.recipient.Recipient;

/** Messages customers sent us, and the 24-hour windows they open. */
public interface InboundMessageStore {
    /** Stores {@code message} and extends its sender's window; false (and nothing changes) when its wamid is known. */
    boolean record(InboundMessage message);

    /** The window of {@code customer} with {@code account}; {@link ConversationWindow#none()} when they never wrote. */
    ConversationWindow window(String account, Recipient customer);
}
