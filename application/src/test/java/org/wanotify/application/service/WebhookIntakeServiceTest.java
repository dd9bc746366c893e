package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.application.port.out.ReceivedMessage;
import org.wanotify.application.port.out.WebhookEvents;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;

class WebhookIntakeServiceTest {
    private static final Instant T = Instant.parse("2026-11-21T10:05:00Z");
    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final InMemoryLifecycleStores.Events events = new InMemoryLifecycleStores.Events();
    private final InMemoryLifecycleStores.Inbound inbound = new InMemoryLifecycleStores.Inbound();
    private final Map<String, WebhookEvents> payloads = new HashMap<>();
    private final ManualExecutor applier = new ManualExecutor();
    private final InMemoryAccounts accounts = new InMemoryAccounts(Fixtures.twoAccounts());
    private final WebhookIntakeService intake = new WebhookIntakeService(events, payloads::get,
            new HandleWebhookService(accounts, store, new OutcomeWaiters(), Fixtures.CLOCK, updates -> 0, new InMemoryLifecycleStores.Parked()),
            new InboundMessageService(accounts, inbound, Fixtures.CLOCK), applier, Fixtures.CLOCK);

    @Test
    void answersABurstOfAThousandStatusesOnceStoredAndAppliesThemAfterwards() {
        List<StatusUpdate> burst = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Notification n = sent(i);
            burst.add(status(n.whatsappMessageId(), MessageStatus.DELIVERED, T.plusSeconds(i)));
        }
        payloads.put("burst", new WebhookEvents(burst, List.of()));

        intake.receive("burst".getBytes(StandardCharsets.UTF_8));

        // receive() returned (the HTTP 200 goes out now) while nothing has been applied yet
        assertEquals(1, events.pending.size(), "stored durably before answering");
        assertEquals(MessageStatus.SENT, store.find(id(999)).orElseThrow().status());
        applier.runAll();
        assertTrue(events.pending.isEmpty());
        for (int i = 0; i < 1000; i++) {
            assertEquals(MessageStatus.DELIVERED, store.find(id(i)).orElseThrow().status());
        }
    }

    @Test
    void aBurstOfDeliveriesBecomesOneDrainAndAllAreApplied() {
        for (int i = 0; i < 50; i++) {
            Notification n = sent(i);
            payloads.put("p" + i, new WebhookEvents(List.of(status(n.whatsappMessageId(), MessageStatus.READ, T)), List.of()));
            intake.receive(("p" + i).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, applier.pending());
        applier.runAll();
        assertEquals(50, events.applied.size());
        assertEquals(MessageStatus.READ, store.find(id(49)).orElseThrow().status());
    }

    @Test
    void reappliesEventsStoredButNotAppliedBeforeACrash() {
        Notification n = sent(1);
        payloads.put("left-over", new WebhookEvents(List.of(status(n.whatsappMessageId(), MessageStatus.READ, T)), List.of()));
        events.append("left-over", T); // stored by the previous process, which died before applying it

        assertEquals(1, intake.drain());
        assertEquals(MessageStatus.READ, store.find(n.id()).orElseThrow().status());
        assertTrue(events.pending.isEmpty());
    }

    @Test
    void storesInboundMessagesForTheAccountOfTheReceivingNumber() {
        payloads.put("in", new WebhookEvents(List.of(), List.of(
                new ReceivedMessage("100000000000002", "255781588379", "wamid.IN", "text", "hello", T),
                new ReceivedMessage("999", "255781588379", "wamid.OTHER", "text", "not ours", T))));
        intake.receive("in".getBytes(StandardCharsets.UTF_8));
        applier.runAll();
        assertEquals(List.of("wamid.IN"), List.copyOf(inbound.messages.keySet()));
        assertEquals("shop-a", inbound.messages.get("wamid.IN").account());
        assertTrue(inbound.window("shop-a", new Recipient("+255781588379")).isOpenAt(T.plusSeconds(3600)));
    }

    @Test
    void anUnreadableStoredEventIsSkippedNotRetriedForever() {
        events.append("garbage", T);
        WebhookIntakeService strict = new WebhookIntakeService(events, p -> {
            throw new IllegalArgumentException("not JSON");
        }, new HandleWebhookService(accounts, store, new OutcomeWaiters(), Fixtures.CLOCK), new InboundMessageService(accounts, inbound,
                Fixtures.CLOCK), applier, Fixtures.CLOCK);
        assertEquals(1, strict.drain());
        assertTrue(events.pending.isEmpty());
    }

    private static MessageId id(int i) {
        return MessageId.fromUlid(String.format("01JD%022d", i));
    }

    private Notification sent(int i) {
        Notification n = Notification.queue(id(i), "default", new Recipient("+255781588379"), new TextContent("hi", false), Map.of(),
                null, null, Fixtures.CLOCK.instant());
        n.startAttempt(Fixtures.CLOCK.instant());
        n.accepted("wamid." + i, Fixtures.CLOCK.instant());
        store.insert(n, null);
        return n;
    }

    private static StatusUpdate status(String wamid, MessageStatus status, Instant at) {
        return new StatusUpdate("100000000000001", wamid, status, at, "255781588379", null, null);
    }
}
