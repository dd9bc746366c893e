package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;

class HandleWebhookServiceTest {
    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final HandleWebhookService service = new HandleWebhookService(new InMemoryAccounts(Fixtures.twoAccounts()), store,
            new OutcomeWaiters(), Fixtures.CLOCK);
    private final byte[] body = "{\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

    private static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(HandleWebhookService.hmac(secret, body));
    }

    @Test
    void acceptsOnlyTheRightSignatureOfTheRoutedAccount() {
        List<String> ids = List.of("100000000000002");
        assertTrue(service.isAuthentic(body, sign("secret-shop-a", body), ids));
        assertFalse(service.isAuthentic(body, sign("secret-default", body), ids));
        assertFalse(service.isAuthentic(body, null, ids));
        assertFalse(service.isAuthentic(body, "sha256=zz", ids));
        assertFalse(service.isAuthentic(body, sign("secret-shop-a", body), List.of("999")));
    }

    @Test
    void answersTheChallengeOnlyForAKnownVerifyToken() {
        assertEquals(Optional.of("123"), service.verifySubscription("subscribe", "verify-default", "123"));
        assertEquals(Optional.empty(), service.verifySubscription("subscribe", "wrong", "123"));
        assertEquals(Optional.empty(), service.verifySubscription("unsubscribe", "verify-default", "123"));
    }

    @Test
    void appliesStatusesForwardOnlyWithMetaTimestamps() {
        Notification n = sentMessage("wamid.X");
        Instant t = Instant.parse("2026-11-21T10:05:00Z");
        int changed = service.applyStatuses(List.of(
                update("wamid.X", MessageStatus.READ, t.plusSeconds(10), null),
                update("wamid.X", MessageStatus.DELIVERED, t.plusSeconds(5), null)));
        assertEquals(1, changed);
        Notification after = store.find(n.id()).orElseThrow();
        assertEquals(MessageStatus.READ, after.status());
        assertEquals(t.plusSeconds(10), after.events().get(after.events().size() - 1).at());
        assertEquals(0, service.applyStatuses(List.of(update("wamid.X", MessageStatus.READ, t.plusSeconds(10), null))));
    }

    @Test
    void matchesAStatusByCallbackDataBeforeTheWamidIsKnown() {
        Notification n = Notification.queue(MessageId.fromUlid("01JDBBBBBBBBBBBBBBBBBBBBBB"), "default", new Recipient("+255781588379"),
                new TextContent("hi", false), Map.of(), null, null, Fixtures.CLOCK.instant());
        n.startAttempt(Fixtures.CLOCK.instant());
        store.insert(n, null);
        service.applyStatuses(List.of(update("wamid.EARLY", MessageStatus.DELIVERED, Fixtures.CLOCK.instant(), n.id().value())));
        Notification after = store.find(n.id()).orElseThrow();
        assertEquals(MessageStatus.DELIVERED, after.status());
        assertEquals("wamid.EARLY", after.whatsappMessageId());
    }

    private Notification sentMessage(String wamid) {
        Notification n = Notification.queue(MessageId.fromUlid("01JDAAAAAAAAAAAAAAAAAAAAAA"), "default", new Recipient("+255781588379"),
                new TextContent("hi", false), Map.of(), null, null, Fixtures.CLOCK.instant());
        n.startAttempt(Fixtures.CLOCK.instant());
        n.accepted(wamid, Fixtures.CLOCK.instant());
        store.insert(n, null);
        return n;
    }

    private static StatusUpdate update(String wamid, MessageStatus status, Instant at, String callbackData) {
        return new StatusUpdate("100000000000001", wamid, status, at, "255781588379", callbackData, null);
    }
}
