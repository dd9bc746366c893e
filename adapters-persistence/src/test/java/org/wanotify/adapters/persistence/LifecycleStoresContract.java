package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.application.port.out.CallbackDelivery;
import org.wanotify.application.port.out.ParkedStatus;
import org.wanotify.domain.conversation.ConversationWindow;
import org.wanotify.domain.conversation.InboundMessage;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.SendFailure;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;

/** The delivery-lifecycle stores (webhook events, parked statuses, inbound messages, callback outbox, secrets) on a real database. */
abstract class LifecycleStoresContract {
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    static final Recipient ALICE = new Recipient("+255781588379");

    protected Database database;

    protected abstract Database open();

    @BeforeEach
    void openDatabase() {
        database = open();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void webhookEventsStayPendingUntilMarkedAppliedInArrivalOrder() {
        WebhookEventJdbiAdapter events = new WebhookEventJdbiAdapter(database);
        events.append("{\"n\":1}", T0);
        events.append("{\"n\":2}", T0.plusSeconds(1));
        assertEquals(List.of("{\"n\":1}", "{\"n\":2}"), events.unapplied(10).stream().map(e -> e.payload()).toList());
        events.markApplied(events.unapplied(10).get(0).id(), T0.plusSeconds(2));
        assertEquals(List.of("{\"n\":2}"), events.unapplied(10).stream().map(e -> e.payload()).toList());
        assertEquals(T0.plusSeconds(1), events.unapplied(10).get(0).receivedAt());
    }

    @Test
    void parkedStatusesKeepEveryFieldAndExpire() {
        ParkedStatusJdbiAdapter parked = new ParkedStatusJdbiAdapter(database);
        StatusUpdate failed = new StatusUpdate("106540352242922", "wamid.P", MessageStatus.FAILED, T0, "255781588379", null,
                SendFailure.describe(131047, "Re-engagement message", "more than 24 hours", null));
        parked.park(failed, T0);
        parked.park(new StatusUpdate(null, "wamid.Q", MessageStatus.READ, T0, null, "msg_x", null), T0.plusSeconds(60));
        List<ParkedStatus> all = parked.oldest(10);
        assertEquals(2, all.size());
        assertEquals(failed, all.get(0).update());
        assertEquals(1, parked.removeParkedBefore(T0.plusSeconds(30)));
        parked.remove(parked.oldest(10).get(0).id());
        assertTrue(parked.oldest(10).isEmpty());
    }

    @Test
    void inboundMessagesAreStoredOnceAndTheLatestOpensTheWindow() {
        InboundMessageJdbiAdapter inbound = new InboundMessageJdbiAdapter(database);
        assertEquals(ConversationWindow.none(), inbound.window("default", ALICE));
        assertTrue(inbound.record(new InboundMessage("default", ALICE, "wamid.IN1", "text", "hi", T0, T0)));
        assertTrue(inbound.record(new InboundMessage("default", ALICE, "wamid.IN0", "text", "older", T0.minusSeconds(600), T0)));
        assertFalse(inbound.record(new InboundMessage("default", ALICE, "wamid.IN1", "text", "hi", T0, T0)), "same wamid again");
        assertEquals(new ConversationWindow(T0), inbound.window("default", ALICE));
        assertEquals(ConversationWindow.none(), inbound.window("shop-a", ALICE), "windows are per account");
    }

    @Test
    void statusChangesOfMessagesWithACallbackUrlLandInTheOutboxInOrderPerMessage() {
        MessageJdbiAdapter messages = new MessageJdbiAdapter(database);
        CallbackOutboxJdbiAdapter outbox = new CallbackOutboxJdbiAdapter(database);
        Notification withUrl = message("01JDCCCCCCCCCCCCCCCCCCCCC1", "https://pay.example.com/hook");
        Notification without = message("01JDCCCCCCCCCCCCCCCCCCCCC2", null);
        messages.insert(withUrl, null);
        messages.insert(without, null);
        for (Notification n : List.of(withUrl, without)) {
            messages.update(n.id(), m -> m.startAttempt(T0));
            messages.update(n.id(), m -> m.accepted("wamid." + n.id().value(), T0));
            messages.update(n.id(), m -> m.applyReported(MessageStatus.READ, T0.plusSeconds(5), null, T0.plusSeconds(6)));
        }

        List<CallbackDelivery> first = outbox.claimDue(T0.plusSeconds(10), Duration.ofMinutes(1), 10);
        assertEquals(1, first.size(), "only the oldest pending change of a message is due");
        assertEquals(MessageStatus.SENT, first.get(0).status());
        assertEquals("https://pay.example.com/hook", first.get(0).url());
        assertTrue(outbox.claimDue(T0.plusSeconds(10), Duration.ofMinutes(1), 10).isEmpty(), "claimed: leased, and it blocks its successors");

        outbox.delivered(first.get(0).id(), 1, T0.plusSeconds(11));
        CallbackDelivery second = outbox.claimDue(T0.plusSeconds(12), Duration.ofMinutes(1), 10).get(0);
        assertEquals(MessageStatus.DELIVERED, second.status());
        assertEquals(T0.plusSeconds(5), second.at(), "read without delivered records both, with Meta's time");
        outbox.retryAt(second.id(), 1, T0.plusSeconds(20), "HTTP 500");
        assertTrue(outbox.claimDue(T0.plusSeconds(19), Duration.ofMinutes(1), 10).isEmpty());
        CallbackDelivery retried = outbox.claimDue(T0.plusSeconds(20), Duration.ofMinutes(1), 10).get(0);
        assertEquals(second.id(), retried.id());
        assertEquals(1, retried.attempts());
        outbox.giveUp(retried.id(), 2, T0.plusSeconds(21), "HTTP 500");
        assertEquals(MessageStatus.READ, outbox.claimDue(T0.plusSeconds(22), Duration.ofMinutes(1), 10).get(0).status());
    }

    @Test
    void callbackSecretsAreStoredAndReplaced() {
        CallbackSecretJdbiAdapter secrets = new CallbackSecretJdbiAdapter(database);
        assertTrue(secrets.find("default").isEmpty());
        secrets.put("default", "first-secret-0123456789");
        secrets.put("default", "second-secret-0123456789");
        assertEquals("second-secret-0123456789", secrets.find("default").orElseThrow());
        assertNull(secrets.find("shop-a").orElse(null));
    }

    private static Notification message(String ulid, String callbackUrl) {
        return Notification.queue(MessageId.fromUlid(ulid), "default", ALICE, new TextContent("hi", false), Map.of("order", "A-17"),
                callbackUrl, null, T0);
    }
}
