package org.wanotify.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.recipient.Recipient;

class NotificationTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private static Notification queued() {
        return Notification.queue(MessageId.fromUlid("01JDAAAAAAAAAAAAAAAAAAAAAA"), "default", new Recipient("+255781588379"),
                new TextContent("hello", false), Map.of("order_id", "A-17"), null, null, T0);
    }

    private static List<MessageStatus> history(Notification n) {
        return n.events().stream().map(StatusEvent::status).toList();
    }

    @Test
    void travelsQueuedSendingSentDeliveredRead() {
        Notification n = queued();
        n.startAttempt(T0.plusSeconds(1));
        assertEquals(MessageStatus.SENDING, n.status());
        assertEquals(1, n.attempts());
        n.accepted("wamid.A", T0.plusSeconds(2));
        assertTrue(n.applyReported(MessageStatus.DELIVERED, T0.plusSeconds(3), null, T0.plusSeconds(4)));
        assertTrue(n.applyReported(MessageStatus.READ, T0.plusSeconds(5), null, T0.plusSeconds(6)));
        assertEquals(MessageStatus.READ, n.status());
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ), history(n));
        assertEquals(T0.plusSeconds(3), n.events().get(2).at());
    }

    @Test
    void neverMovesBackwardsAndIgnoresDuplicates() {
        Notification n = queued();
        n.startAttempt(T0);
        n.accepted("wamid.A", T0);
        n.applyReported(MessageStatus.READ, T0.plusSeconds(5), null, T0);
        assertFalse(n.applyReported(MessageStatus.DELIVERED, T0.plusSeconds(4), null, T0));
        assertFalse(n.applyReported(MessageStatus.READ, T0.plusSeconds(5), null, T0));
        assertFalse(n.applyReported(MessageStatus.SENT, T0.plusSeconds(1), null, T0));
        assertEquals(MessageStatus.READ, n.status());
    }

    @Test
    void readWithoutDeliveredRecordsBoth() {
        Notification n = queued();
        n.startAttempt(T0);
        n.accepted("wamid.A", T0);
        n.applyReported(MessageStatus.READ, T0.plusSeconds(9), null, T0);
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ), history(n));
    }

    @Test
    void webhookBeforeSendAnswerStillEndsSentWithWamid() {
        Notification n = queued();
        n.startAttempt(T0);
        n.learnWhatsAppId("wamid.B");
        n.applyReported(MessageStatus.DELIVERED, T0.plusSeconds(2), null, T0);
        n.accepted("wamid.B", T0.plusSeconds(3));
        assertEquals(MessageStatus.DELIVERED, n.status());
        assertEquals("wamid.B", n.whatsappMessageId());
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED), history(n));
    }

    @Test
    void failureKeepsMetaErrorAndIsFinal() {
        Notification n = queued();
        n.startAttempt(T0);
        n.fail(SendFailure.describe(131026, "Message undeliverable", "not on WhatsApp", "trace"), T0);
        assertEquals(MessageStatus.FAILED, n.status());
        assertEquals(131026, n.error().code());
        assertFalse(n.error().retryable());
        assertFalse(n.applyReported(MessageStatus.SENT, T0, null, T0));
        assertThrows(IllegalStatusTransitionException.class, () -> n.startAttempt(T0));
    }

    @Test
    void retryIsScheduledWithNextAttempt() {
        Notification n = queued();
        n.startAttempt(T0);
        n.retryAt(T0.plusSeconds(30), SendFailure.describe(SendFailure.TRANSPORT, "unreachable", "timeout", null), T0);
        assertEquals(MessageStatus.SCHEDULED, n.status());
        assertEquals(T0.plusSeconds(30), n.nextAttemptAt());
        n.startAttempt(T0.plusSeconds(30));
        n.accepted("wamid.C", T0.plusSeconds(31));
        assertEquals(2, n.attempts());
        assertNull(n.error());
    }

    @Test
    void returnToQueueUndoesAnUnsentAttempt() {
        Notification n = queued();
        n.startAttempt(T0);
        n.returnToQueue(T0);
        assertEquals(MessageStatus.QUEUED, n.status());
        assertEquals(0, n.attempts());
    }

    @Test
    void toStringHidesTheNumber() {
        assertFalse(queued().toString().contains("781588"));
    }
}
