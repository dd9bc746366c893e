package org.wanotify.application.port.out;

import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.recipient.Recipient;

/** What the gateway sends: our id (echoed by Meta as biz_opaque_callback_data), the recipient and the content. */
public record OutboundMessage(MessageId id, Recipient to, MessageContent content) {
}
