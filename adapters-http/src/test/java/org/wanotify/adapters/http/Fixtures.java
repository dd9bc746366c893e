package org.wanotify.adapters.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.SendFailure;
import org.wanotify.domain.notification.StatusEvent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;
import org.wanotify.domain.template.TemplateParameters;

/** Sample messages in the states the views must show. */
final class Fixtures {

    static final String ID = "msg_01JD8X9Y0Z1A2B3C4D5E6F7G8H";
    static final Instant CREATED = Instant.parse("2026-11-21T10:00:00Z");

    private Fixtures() {
    }

    static Notification queued() {
        return Notification.queue(new MessageId(ID), "default", new Recipient("+255781588379"),
                new TextContent("Your WiFi login", false), Map.of("order_id", "A-17"), null, null, CREATED);
    }

    static Notification delivered() {
        return Notification.builder().id(new MessageId(ID)).account("default").to(new Recipient("+255781588379"))
                .content(new TemplateContent("wifi_credentials", "en", new TemplateParameters.Positional(List.of("u")), null))
                .metadata(Map.of("order_id", "A-17")).callbackUrl("https://pay.example.com/hooks").sentAs("template")
                .createdAt(CREATED).status(MessageStatus.DELIVERED).whatsappMessageId("wamid.HBgL").attempts(1)
                .events(List.of(new StatusEvent(MessageStatus.QUEUED, CREATED),
                        new StatusEvent(MessageStatus.SENT, CREATED.plusSeconds(1)),
                        new StatusEvent(MessageStatus.DELIVERED, CREATED.plusSeconds(5))))
                .updatedAt(CREATED.plusSeconds(5)).build();
    }

    static Notification failed() {
        return Notification.builder().id(new MessageId(ID)).account("default").to(new Recipient("+255781588379"))
                .content(new TextContent("hi", false)).createdAt(CREATED).status(MessageStatus.FAILED).attempts(1)
                .error(SendFailure.describe(131026, "Message undeliverable", "not on WhatsApp", "trace"))
                .events(List.of(new StatusEvent(MessageStatus.QUEUED, CREATED), new StatusEvent(MessageStatus.FAILED, CREATED.plusSeconds(2))))
                .build();
    }
}
