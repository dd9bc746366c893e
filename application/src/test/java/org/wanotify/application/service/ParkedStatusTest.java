package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.SendFailure;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;

class ParkedStatusTest {
    private static final Instant T = Instant.parse("2026-11-21T10:05:00Z");
    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final InMemoryLifecycleStores.Parked parked = new InMemoryLifecycleStores.Parked();
    private final HandleWebhookService service = new HandleWebhookService(new InMemoryAccounts(Fixtures.twoAccounts()), store,
            new OutcomeWaiters(), Fixtures.CLOCK, updates -> 0, parked);

    @Test
    void parksAStatusForAnUnknownWamidAndAppliesItOnceTheSendIsRecorded() {
        Notification n = Notification.queue(MessageId.fromUlid("01JDPPPPPPPPPPPPPPPPPPPPPP"), "default", new Recipient("+255781588379"),
                new TextContent("hi", false), Map.of(), null, null, Fixtures.CLOCK.instant());
        n.startAttempt(Fixtures.CLOCK.instant());
        store.insert(n, null);

        // no biz_opaque_callback_data (e.g. sent by an older version) and the wamid is not recorded yet
        assertEquals(0, service.applyStatuses(List.of(new StatusUpdate("100000000000001", "wamid.LATE", MessageStatus.DELIVERED, T,
                "255781588379", null, null))));
        assertEquals(1, parked.rows.size());
        assertEquals(0, service.applyParked(Duration.ofDays(7)), "still unknown: stays parked");
        assertEquals(1, parked.rows.size());

        store.update(n.id(), m -> m.accepted("wamid.LATE", Fixtures.CLOCK.instant()));
        assertEquals(1, service.applyParked(Duration.ofDays(7)));
        assertTrue(parked.rows.isEmpty());
        Notification after = store.find(n.id()).orElseThrow();
        assertEquals(MessageStatus.DELIVERED, after.status());
        assertEquals(T, after.events().get(after.events().size() - 1).at(), "Meta's own timestamp");
    }

    @Test
    void dropsParkedStatusesThatNeverFindTheirMessage() {
        service.applyStatuses(List.of(new StatusUpdate("100000000000001", "wamid.NOT_OURS", MessageStatus.READ, T, null, null, null)));
        assertEquals(0, service.applyParked(Duration.ofDays(7)));
        assertEquals(1, parked.rows.size());
        assertEquals(0, new HandleWebhookService(new InMemoryAccounts(Fixtures.twoAccounts()), store, new OutcomeWaiters(),
                java.time.Clock.offset(Fixtures.CLOCK, Duration.ofDays(8)), updates -> 0, parked).applyParked(Duration.ofDays(7)));
        assertTrue(parked.rows.isEmpty());
    }

    @Test
    void aFailedStatusWith131047CarriesCodeTitleDetailsAndATemplateHint() {
        Notification n = Notification.queue(MessageId.fromUlid("01JDFFFFFFFFFFFFFFFFFFFFFF"), "default", new Recipient("+255781588379"),
                new TextContent("hi", false), Map.of(), null, null, Fixtures.CLOCK.instant());
        n.startAttempt(Fixtures.CLOCK.instant());
        n.accepted("wamid.F", Fixtures.CLOCK.instant());
        store.insert(n, null);
        service.applyStatuses(List.of(new StatusUpdate("100000000000001", "wamid.F", MessageStatus.FAILED, T, "255781588379", null,
                SendFailure.describe(131047, "Re-engagement message", "Message failed to send because more than 24 hours have passed", null))));
        Notification after = store.find(n.id()).orElseThrow();
        assertEquals(MessageStatus.FAILED, after.status());
        assertEquals(131047, after.error().code());
        assertEquals("Re-engagement message", after.error().title());
        assertTrue(after.error().detail().contains("24 hours"));
        assertTrue(after.error().hint().contains("template"), after.error().hint());
    }
}
