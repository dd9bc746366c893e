package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.out.CallbackDelivery;
import org.wanotify.application.port.out.CallbackOutbox;
import org.wanotify.application.port.out.StatusCallback;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;

class CallbackDeliveryServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryMessageStore messages = new InMemoryMessageStore();
    private final Outbox outbox = new Outbox();
    private final InMemoryLifecycleStores.Secrets secrets = new InMemoryLifecycleStores.Secrets();
    private final List<String> answers = new ArrayList<>();
    private final List<StatusCallback> posted = new ArrayList<>();
    private final List<Instant> wakes = new ArrayList<>();
    private final ManualExecutor senders = new ManualExecutor();
    private final CallbackDeliveryService service = new CallbackDeliveryService(outbox, messages, secrets, (url, body, secret) -> {
        posted.add(body);
        return answers.isEmpty() ? null : answers.remove(0);
    }, wakes::add, senders, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofSeconds(10), clock);
    private final Notification message = Notification.queue(MessageId.fromUlid("01JDCCCCCCCCCCCCCCCCCCCCCC"), "default",
            new Recipient("+255781588379"), new TextContent("hi", false), Map.of("order_id", "A-17"), "https://x.example/hook", null, T0);

    CallbackDeliveryServiceTest() {
        secrets.put("default", "callback-secret-0123456789");
        message.startAttempt(T0);
        message.accepted("wamid.C", T0);
        messages.insert(message, null);
    }

    @Test
    void retriesWithExponentialBackoffUntilTheReceiverAcceptsThenSendsTheNextChange() {
        outbox.add(MessageStatus.SENT, T0);
        outbox.add(MessageStatus.DELIVERED, T0.plusSeconds(1));
        answers.addAll(List.of("HTTP 500", "timeout after 10 s"));

        run();
        assertEquals(T0.plusSeconds(10), outbox.rows.get(1L).nextAttemptAt, "first retry after the base delay");
        assertEquals(List.of(T0.plusSeconds(10)), wakes);
        run(); // not due yet: nothing is posted
        assertEquals(1, posted.size());
        clock.set(T0.plusSeconds(10));
        run();
        assertEquals(T0.plusSeconds(30), outbox.rows.get(1L).nextAttemptAt, "then twice as long");
        clock.set(T0.plusSeconds(30));
        run();
        assertTrue(outbox.rows.get(1L).done);
        run();
        assertEquals(List.of(MessageStatus.SENT, MessageStatus.SENT, MessageStatus.SENT, MessageStatus.DELIVERED),
                posted.stream().map(StatusCallback::status).toList(), "in order: delivered only after sent got through");
        StatusCallback last = posted.get(3);
        assertEquals(message.id().value(), last.id());
        assertEquals("+255781588379", last.to());
        assertEquals("wamid.C", last.whatsappMessageId());
        assertEquals(Map.of("order_id", "A-17"), last.metadata());
        assertEquals(T0.plusSeconds(1), last.at());
    }

    @Test
    void givesUpWhenTheNextAttemptWouldBePastTheMaximumAge() {
        outbox.add(MessageStatus.SENT, T0);
        answers.addAll(java.util.Collections.nCopies(1000, "HTTP 503"));
        for (int i = 0; i < 400 && !outbox.rows.get(1L).done; i++) {
            run();
            clock.set(outbox.rows.get(1L).nextAttemptAt);
        }
        assertTrue(outbox.rows.get(1L).done);
        assertEquals("gave_up", outbox.rows.get(1L).outcome);
        assertTrue(clock.instant().isBefore(T0.plus(Duration.ofHours(24))));
        assertTrue(clock.instant().isAfter(T0.plus(Duration.ofHours(23))), "kept trying for about a day: " + clock.instant());
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(10), service.delayAfter(1));
        assertEquals(Duration.ofSeconds(40), service.delayAfter(3));
        assertEquals(Duration.ofMinutes(5), service.delayAfter(30));
    }

    private void run() {
        service.deliverDue();
        senders.runAll();
    }

    /** The outbox in memory, with the same head-of-line rule as the real one. */
    private final class Outbox implements CallbackOutbox {
        final Map<Long, Row> rows = new LinkedHashMap<>();

        void add(MessageStatus status, Instant at) {
            long id = rows.size() + 1;
            rows.put(id, new Row(id, status, at));
        }

        @Override
        public List<CallbackDelivery> claimDue(Instant now, Duration lease, int limit) {
            return rows.values().stream().filter(r -> !r.done).min(Comparator.comparing(r -> r.id))
                    .filter(r -> !r.nextAttemptAt.isAfter(now)).map(r -> {
                        r.nextAttemptAt = now.plus(lease);
                        return List.of(new CallbackDelivery(r.id, message.id(), "https://x.example/hook", r.status, r.at, r.attempts, T0));
                    }).orElse(List.of());
        }

        @Override
        public void delivered(long id, int attempts, Instant at) {
            rows.get(id).done = true;
            rows.get(id).outcome = "delivered";
        }

        @Override
        public void retryAt(long id, int attempts, Instant next, String lastError) {
            rows.get(id).attempts = attempts;
            rows.get(id).nextAttemptAt = next;
        }

        @Override
        public void giveUp(long id, int attempts, Instant at, String lastError) {
            rows.get(id).done = true;
            rows.get(id).outcome = "gave_up";
        }
    }

    private static final class Row {
        final long id;
        final MessageStatus status;
        final Instant at;
        Instant nextAttemptAt = T0;
        int attempts;
        boolean done;
        String outcome;

        Row(long id, MessageStatus status, Instant at) {
            this.id = id;
            this.status = status;
            this.at = at;
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
