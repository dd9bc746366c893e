package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.out.DuplicateIdempotencyKeyException;
import org.wanotify.application.port.out.IdempotencyRecord;
import org.wanotify.application.port.out.MessagePage;
import org.wanotify.application.port.out.MessageQuery;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.domain.notification.DocumentContent;
import org.wanotify.domain.notification.IllegalStatusTransitionException;
import org.wanotify.domain.notification.ImageContent;
import org.wanotify.domain.notification.InteractiveContent;
import org.wanotify.domain.notification.MediaSource;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.SendError;
import org.wanotify.domain.notification.SendFailure;
import org.wanotify.domain.notification.StatusEvent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;
import org.wanotify.domain.template.TemplateParameters;

/**
 * What every {@link MessageStore} must do; it uses only the port and the domain, so an in-memory
 * fake can run it too. Instants are whole milliseconds, the precision stores keep.
 */
abstract class MessageStoreContract {
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    static final String ALICE = "+255781588379";
    static final String BOB = "+255781588380";

    MessageStore store;

    /** A store over a new, empty database. */
    protected abstract MessageStore newStore();

    /** Closes the database behind the current store and returns a store over the same database, reopened. */
    protected abstract MessageStore reopen();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    static MessageId id(int n) {
        return MessageId.fromUlid(String.format("01JD%022d", n));
    }

    static Notification message(int n, String account, String to, MessageContent content, Instant at) {
        return Notification.queue(id(n), account, new Recipient(to), content, Map.of("order_id", "A-" + n),
                "https://pay.example.com/hooks/whatsapp", null, at);
    }

    static Notification text(int n, Instant at) {
        return message(n, "default", ALICE, new TextContent("Your WiFi login: user" + n, n % 2 == 0), at);
    }

    Notification stored(int n) {
        return store.find(id(n)).orElseThrow(() -> new AssertionError("message " + n + " is not stored"));
    }

    static void assertSameMessage(Notification expected, Notification actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.account(), actual.account());
        assertEquals(expected.to(), actual.to());
        assertEquals(expected.content(), actual.content());
        assertEquals(expected.sentAs(), actual.sentAs());
        assertEquals(expected.metadata(), actual.metadata());
        assertEquals(expected.callbackUrl(), actual.callbackUrl());
        assertEquals(expected.createdAt(), actual.createdAt());
        assertEquals(expected.events(), actual.events());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.whatsappMessageId(), actual.whatsappMessageId());
        assertEquals(expected.attempts(), actual.attempts());
        assertEquals(expected.nextAttemptAt(), actual.nextAttemptAt());
        assertEquals(expected.error(), actual.error());
        assertEquals(expected.updatedAt(), actual.updatedAt());
    }

    void assertRoundTrips(MessageContent content) {
        assertRoundTrips(1, content);
    }

    void assertRoundTrips(int n, MessageContent content) {
        Notification original = Notification.queue(id(n), "shop-a", new Recipient(BOB), content, Map.of(), null,
                "template", T0);
        store.insert(original, null);
        Notification read = stored(n);
        assertSameMessage(original, read);
        assertEquals(content.type(), read.type());
    }

    @Test
    void roundTripsTextMessageWithMetadataAndCallback() {
        Notification original = text(1, T0);
        store.insert(original, null);
        assertSameMessage(original, stored(1));
    }

    @Test
    void roundTripsPositionalTemplate() {
        assertRoundTrips(new TemplateContent("wifi_credentials", "en",
                new TemplateParameters.Positional(List.of("user123", "pass456")), null));
    }

    @Test
    void roundTripsNamedTemplateKeepingParameterOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", "user123");
        values.put("password", "pass456");
        values.put("plan", "daily_1000");
        assertRoundTrips(new TemplateContent("wifi_credentials", "en_US", new TemplateParameters.Named(values), null));
        TemplateContent read = (TemplateContent) stored(1).content();
        assertEquals(List.of("username", "password", "plan"),
                new ArrayList<>(((TemplateParameters.Named) read.parameters()).values().keySet()));
    }

    @Test
    void roundTripsTemplateWithRawComponents() {
        List<Map<String, Object>> components = List.of(
                Map.of("type", "header", "parameters", List.of(Map.of("type", "image",
                        "image", Map.of("link", "https://cdn.example.com/a.png")))),
                Map.of("type", "button", "sub_type", "url", "index", 0,
                        "parameters", List.of(Map.of("type", "text", "text", "A-17"))));
        assertRoundTrips(new TemplateContent("order_ready", "sw", null, components));
    }

    @Test
    void roundTripsDocumentByLinkAndByMediaId() {
        assertRoundTrips(new DocumentContent(new MediaSource("https://cdn.example.com/invoice.pdf", null),
                "invoice.pdf", "Your invoice"));
        assertRoundTrips(2, new DocumentContent(new MediaSource(null, "1234567890"), null, null));
    }

    @Test
    void roundTripsImageByMediaIdAndByLink() {
        assertRoundTrips(new ImageContent(new MediaSource(null, "media.42"), "Your voucher"));
        assertRoundTrips(2, new ImageContent(new MediaSource("https://cdn.example.com/v.jpg", null), null));
    }

    @Test
    void roundTripsInteractiveMessageInMetasShape() {
        assertRoundTrips(new InteractiveContent(Map.of("type", "button",
                "body", Map.of("text", "Renew your plan?"),
                "action", Map.of("buttons", List.of(
                        Map.of("type", "reply", "reply", Map.of("id", "yes", "title", "Yes")),
                        Map.of("type", "reply", "reply", Map.of("id", "no", "title", "No")))))));
    }

    @Test
    void findsNothingForUnknownIdsAndWamids() {
        store.insert(text(1, T0), null);
        assertTrue(store.find(id(2)).isEmpty());
        assertTrue(store.findByWhatsAppId("wamid.unknown").isEmpty());
        assertTrue(store.update(id(2), n -> n.accepted("wamid.x", T0)).isEmpty());
        assertTrue(store.updateByWhatsAppId("wamid.unknown", n -> n.fail(null, T0)).isEmpty());
    }

    @Test
    void storesTheIdempotencyKeyWithItsMessage() {
        IdempotencyRecord key = new IdempotencyRecord("key_1", "order-17", "sha256:abc", id(1), T0);
        store.insert(text(1, T0), key);
        assertEquals(key, store.findIdempotencyKey("key_1", "order-17").orElseThrow());
        assertTrue(store.findIdempotencyKey("key_2", "order-17").isEmpty(), "keys are scoped to the caller");
    }

    @Test
    void refusesADuplicateIdempotencyKeyAndStoresNothingOfTheSecondMessage() {
        store.insert(text(1, T0), new IdempotencyRecord("key_1", "order-17", "sha256:abc", id(1), T0));
        IdempotencyRecord again = new IdempotencyRecord("key_1", "order-17", "sha256:def", id(2), T0.plusSeconds(1));

        assertThrows(DuplicateIdempotencyKeyException.class, () -> store.insert(text(2, T0.plusSeconds(1)), again));

        assertTrue(store.find(id(2)).isEmpty());
        assertEquals(id(1), store.findIdempotencyKey("key_1", "order-17").orElseThrow().messageId());
        assertEquals(List.of(id(1)), store.list(new MessageQuery(null, null, null, 10, null)).messages().stream()
                .map(Notification::id).toList());
    }

    @Test
    void appendsNewEventsOnUpdateWithoutDuplicatingStoredOnes() {
        store.insert(text(1, T0), null);
        store.claimDue("default", T0, 10);
        store.update(id(1), n -> n.accepted("wamid.A1", T0.plusSeconds(1)));
        Notification delivered = store.updateByWhatsAppId("wamid.A1",
                n -> n.applyReported(MessageStatus.DELIVERED, T0.plusSeconds(2), null, T0.plusSeconds(3))).orElseThrow();

        List<StatusEvent> expected = List.of(new StatusEvent(MessageStatus.QUEUED, T0),
                new StatusEvent(MessageStatus.SENT, T0.plusSeconds(1)),
                new StatusEvent(MessageStatus.DELIVERED, T0.plusSeconds(2)));
        assertEquals(expected, delivered.events());
        Notification read = store.findByWhatsAppId("wamid.A1").orElseThrow();
        assertSameMessage(delivered, read);
        assertEquals(MessageStatus.DELIVERED, read.status());
        assertEquals(1, read.attempts());
        assertEquals(T0.plusSeconds(3), read.updatedAt());
    }

    @Test
    void keepsStatusesForwardOnlyAsTheDomainDecides() {
        store.insert(text(1, T0), null);
        store.claimDue("default", T0, 10);
        store.update(id(1), n -> n.accepted("wamid.A1", T0));
        store.updateByWhatsAppId("wamid.A1", n -> n.applyReported(MessageStatus.READ, T0.plusSeconds(5), null, T0.plusSeconds(5)));

        store.updateByWhatsAppId("wamid.A1", n -> n.applyReported(MessageStatus.DELIVERED, T0.plusSeconds(4), null, T0.plusSeconds(6)));

        Notification read = stored(1);
        assertEquals(MessageStatus.READ, read.status());
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ),
                read.events().stream().map(StatusEvent::status).toList());
    }

    @Test
    void leavesTheMessageUntouchedWhenTheChangeThrows() {
        store.insert(text(1, T0), null);
        store.claimDue("default", T0, 10);
        store.update(id(1), n -> n.accepted("wamid.A1", T0));
        Notification before = stored(1);

        assertThrows(IllegalStatusTransitionException.class, () -> store.update(id(1), n -> {
            n.applyReported(MessageStatus.DELIVERED, T0.plusSeconds(1), null, T0.plusSeconds(1));
            n.startAttempt(T0.plusSeconds(1));
        }));

        assertSameMessage(before, stored(1));
    }

    @Test
    void storesTheErrorOfAFailedMessage() {
        store.insert(text(1, T0), null);
        store.claimDue("default", T0, 10);
        SendError error = SendFailure.describe(131026, "Message undeliverable", "Unable to deliver", "AbCdE");
        Notification failed = store.update(id(1), n -> n.fail(error, T0.plusSeconds(1))).orElseThrow();

        Notification read = stored(1);
        assertSameMessage(failed, read);
        assertEquals(error, read.error());
        assertEquals(MessageStatus.FAILED, read.status());
    }

    @Test
    void claimsOnlyDueWaitingMessagesOfTheAccountOldestFirst() {
        store.insert(text(3, T0), null);
        store.insert(text(1, T0), null);
        store.insert(text(2, T0.plusSeconds(60)), null);
        store.insert(message(4, "shop-b", ALICE, new TextContent("other account", false), T0), null);
        store.insert(text(5, T0), null);
        store.update(id(5), n -> n.fail(new SendError(0, "x", null, null, false, null), T0));

        List<Notification> claimed = store.claimDue("default", T0.plusSeconds(1), 10);

        assertEquals(List.of(id(1), id(3)), claimed.stream().map(Notification::id).toList());
        for (Notification n : claimed) {
            assertEquals(MessageStatus.SENDING, n.status());
            assertEquals(1, n.attempts());
            assertNull(n.nextAttemptAt());
            assertEquals(List.of(new StatusEvent(MessageStatus.QUEUED, T0)), n.events());
            assertSameMessage(n, store.find(n.id()).orElseThrow());
        }
        assertTrue(store.claimDue("default", T0.plusSeconds(1), 10).isEmpty(), "claimed messages are not claimed again");
        assertEquals(List.of(id(2)), store.claimDue("default", T0.plusSeconds(60), 10).stream().map(Notification::id).toList());
    }

    @Test
    void claimsAtMostTheLimit() {
        for (int i = 1; i <= 5; i++) {
            store.insert(text(i, T0), null);
        }
        assertEquals(List.of(id(1), id(2)), store.claimDue("default", T0, 2).stream().map(Notification::id).toList());
        assertEquals(List.of(id(3), id(4), id(5)), store.claimDue("default", T0, 5).stream().map(Notification::id).toList());
    }

    @Test
    void claimsAScheduledRetryOnlyWhenItIsDue() {
        store.insert(text(1, T0), null);
        store.claimDue("default", T0, 1);
        SendError throttled = SendFailure.describe(130429, "Rate limit hit", null, null);
        store.update(id(1), n -> n.retryAt(T0.plusSeconds(30), throttled, T0.plusSeconds(1)));
        assertEquals(MessageStatus.SCHEDULED, stored(1).status());
        assertEquals(T0.plusSeconds(30), stored(1).nextAttemptAt());

        assertTrue(store.claimDue("default", T0.plusSeconds(29), 10).isEmpty());
        Notification retried = store.claimDue("default", T0.plusSeconds(30), 10).get(0);

        assertEquals(2, retried.attempts());
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SCHEDULED),
                stored(1).events().stream().map(StatusEvent::status).toList());
    }

    @Test
    void holdsMessagesLeftSendingUntilTheirClaimTimePlusTheGrace() {
        store.insert(text(1, T0), null);
        store.insert(text(2, T0), null);
        store.insert(text(3, T0), null);
        store.claimDue("default", T0.plusSeconds(5), 2);
        store.update(id(2), n -> n.accepted("wamid.2", T0.plusSeconds(6)));
        Duration grace = Duration.ofMinutes(10);

        List<Notification> held = store.holdInDoubt(T0.plusSeconds(60), grace, T0.plusSeconds(60));

        assertEquals(List.of(id(1)), held.stream().map(Notification::id).toList());
        Notification inDoubt = stored(1);
        assertEquals(MessageStatus.SCHEDULED, inDoubt.status());
        assertEquals(T0.plusSeconds(5).plus(grace), inDoubt.nextAttemptAt());
        assertEquals(1, inDoubt.attempts(), "the interrupted attempt still counts");
        assertSameMessage(held.get(0), inDoubt);
        assertEquals(MessageStatus.SENT, stored(2).status());
        assertEquals(MessageStatus.QUEUED, stored(3).status());
        assertTrue(store.claimDue("default", T0.plusSeconds(5).plus(grace).minusMillis(1), 10).stream()
                .noneMatch(n -> n.id().equals(id(1))), "not sent again before the grace ends");
        assertTrue(store.claimDue("default", T0.plusSeconds(5).plus(grace), 10).stream().anyMatch(n -> n.id().equals(id(1))));
    }

    @Test
    void leavesMessagesClaimedAfterTheCutOffAlone() {
        store.insert(text(1, T0), null);
        store.claimDue("default", T0.plusSeconds(30), 1);

        assertTrue(store.holdInDoubt(T0.plusSeconds(30), Duration.ofMinutes(10), T0.plusSeconds(40)).isEmpty());
        assertEquals(MessageStatus.SENDING, stored(1).status());
    }

    @Test
    void aStatusWebhookSettlesAHeldMessageSoItIsNotSentAgain() {
        store.insert(text(1, T0), null);
        store.claimDue("default", T0, 1);
        store.holdInDoubt(T0.plusSeconds(1), Duration.ofMinutes(10), T0.plusSeconds(1));

        store.update(id(1), n -> {
            n.learnWhatsAppId("wamid.late");
            n.applyReported(MessageStatus.SENT, T0.plusSeconds(2), null, T0.plusSeconds(2));
        });

        assertEquals(MessageStatus.SENT, stored(1).status());
        assertTrue(store.claimDue("default", T0.plus(Duration.ofHours(1)), 10).isEmpty());
    }

    @Test
    void neverGivesTheSameMessageToTwoConcurrentClaimers() throws Exception {
        int messages = 300;
        for (int i = 1; i <= messages; i++) {
            store.insert(text(i, T0), null);
        }
        ConcurrentLinkedQueue<MessageId> claimed = new ConcurrentLinkedQueue<>();
        runConcurrently(4, () -> {
            List<Notification> batch;
            do {
                batch = store.claimDue("default", T0, 7);
                batch.forEach(n -> claimed.add(n.id()));
            } while (!batch.isEmpty());
            return null;
        });

        assertEquals(messages, claimed.size(), "every message claimed exactly once");
        assertEquals(messages, new HashSet<>(claimed).size(), "no message claimed twice");
        assertTrue(store.list(new MessageQuery(null, MessageStatus.QUEUED, null, 100, null)).messages().isEmpty());
    }

    @Test
    void keepsBothChangesWhenTheDispatcherAndAWebhookUpdateTheSameMessageAtOnce() throws Exception {
        int messages = 40;
        for (int i = 1; i <= messages; i++) {
            store.insert(text(i, T0), null);
        }
        store.claimDue("default", T0, messages);
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 1; i <= messages; i++) {
            int n = i;
            work.add(() -> {
                store.update(id(n), m -> m.accepted("wamid." + n, T0.plusSeconds(1)));
                return null;
            });
            work.add(() -> {
                store.update(id(n), m -> m.applyReported(MessageStatus.DELIVERED, T0.plusSeconds(2), null, T0.plusSeconds(2)));
                return null;
            });
        }
        Collections.shuffle(work, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Void> f : pool.invokeAll(work, 60, TimeUnit.SECONDS)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (int i = 1; i <= messages; i++) {
            Notification read = stored(i);
            assertEquals(MessageStatus.DELIVERED, read.status(), "message " + i);
            assertEquals("wamid." + i, read.whatsappMessageId(), "the wamid of message " + i + " was not lost");
            assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED),
                    read.events().stream().map(StatusEvent::status).toList(), "events of message " + i);
        }
    }

    @Test
    void listsNewestFirstAndPagesWithTheCursor() {
        for (int i = 1; i <= 5; i++) {
            store.insert(text(i, T0.plusSeconds(i)), null);
        }
        MessagePage first = store.list(new MessageQuery(null, null, null, 2, null));
        assertEquals(List.of(id(5), id(4)), ids(first));
        assertEquals(id(4).value(), first.nextCursor());

        MessagePage second = store.list(new MessageQuery(null, null, null, 2, first.nextCursor()));
        assertEquals(List.of(id(3), id(2)), ids(second));

        MessagePage last = store.list(new MessageQuery(null, null, null, 2, second.nextCursor()));
        assertEquals(List.of(id(1)), ids(last));
        assertNull(last.nextCursor());
        assertNull(store.list(new MessageQuery(null, null, null, 5, null)).nextCursor(), "an exactly full page is the last");
        assertSameMessage(stored(3), second.messages().get(0));
    }

    @Test
    void filtersTheListByAccountStatusAndRecipient() {
        store.insert(message(1, "shop-a", ALICE, new TextContent("a", false), T0), null);
        store.insert(message(2, "shop-b", ALICE, new TextContent("b", false), T0), null);
        store.insert(message(3, "shop-a", BOB, new TextContent("c", false), T0), null);
        store.insert(message(4, "shop-c", BOB, new TextContent("d", false), T0), null);
        store.claimDue("shop-a", T0, 1);

        assertEquals(List.of(id(3), id(1)), ids(store.list(new MessageQuery(Set.of("shop-a"), null, null, 10, null))));
        assertEquals(List.of(id(3), id(2), id(1)),
                ids(store.list(new MessageQuery(Set.of("shop-a", "shop-b"), null, null, 10, null))));
        assertEquals(List.of(), ids(store.list(new MessageQuery(Set.of(), null, null, 10, null))));
        assertEquals(List.of(id(1)), ids(store.list(new MessageQuery(null, MessageStatus.SENDING, null, 10, null))));
        assertEquals(List.of(id(4), id(3)), ids(store.list(new MessageQuery(null, null, BOB, 10, null))));
        assertEquals(List.of(id(3)), ids(store.list(new MessageQuery(Set.of("shop-a"), MessageStatus.QUEUED, BOB, 10, null))));
    }

    @Test
    void keepsEverythingAcrossARestart() {
        IdempotencyRecord key = new IdempotencyRecord("key_1", "order-17", "sha256:abc", id(1), T0);
        store.insert(text(1, T0), key);
        store.claimDue("default", T0, 1);
        Notification sent = store.update(id(1), n -> n.accepted("wamid.A1", T0.plusSeconds(1))).orElseThrow();

        store = reopen();

        assertSameMessage(sent, store.findByWhatsAppId("wamid.A1").orElseThrow());
        assertEquals(key, store.findIdempotencyKey("key_1", "order-17").orElseThrow());
    }

    @Test
    void reportsItselfHealthy() {
        assertTrue(store.isHealthy());
    }

    @Test
    void doesNotTouchOtherMessagesWhenUpdatingOne() {
        store.insert(text(1, T0), null);
        store.insert(text(2, T0), null);
        Notification before = stored(2);
        store.update(id(1), n -> n.fail(new SendError(131026, "Undeliverable", null, null, false, null), T0.plusSeconds(1)));
        assertSameMessage(before, stored(2));
        assertFalse(stored(1).status().isPending());
    }

    private static List<MessageId> ids(MessagePage page) {
        return page.messages().stream().map(Notification::id).toList();
    }

    private static void runConcurrently(int threads, Callable<Void> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            for (Future<Void> f : futures) {
                f.get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
