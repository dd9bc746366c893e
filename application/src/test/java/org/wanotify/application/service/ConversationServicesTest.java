package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.Conversation;
import org.wanotify.application.port.out.ReceivedMessage;

class ConversationServicesTest {
    private final InMemoryAccounts accounts = new InMemoryAccounts(Fixtures.twoAccounts());
    private final InMemoryLifecycleStores.Inbound store = new InMemoryLifecycleStores.Inbound();
    private final InboundMessageService inbound = new InboundMessageService(accounts, store, Fixtures.CLOCK);
    private final GetConversationService conversations = new GetConversationService(accounts, store, Fixtures.CLOCK);

    @Test
    void anInboundMessageOpensTheWindowForTwentyFourHoursFromMetasTimestamp() {
        Instant wrote = Fixtures.CLOCK.instant().minus(Duration.ofHours(2));
        assertEquals(1, inbound.record(List.of(new ReceivedMessage("100000000000001", "255781588379", "wamid.IN", "text", "hi", wrote))));
        assertEquals(0, inbound.record(List.of(new ReceivedMessage("100000000000001", "255781588379", "wamid.IN", "text", "hi", wrote))),
                "Meta's duplicate delivery stores nothing");

        Conversation c = conversations.get(Fixtures.ADMIN, null, "0781588379");
        assertEquals("+255781588379", c.phone());
        assertTrue(c.windowOpen());
        assertEquals(wrote, c.lastInboundAt());
        assertEquals(wrote.plus(Duration.ofHours(24)), c.windowExpiresAt());
    }

    @Test
    void aCustomerWhoNeverWroteHasNoWindow() {
        Conversation c = conversations.get(Fixtures.ADMIN, "default", "+255781588380");
        assertFalse(c.windowOpen());
        assertNull(c.windowExpiresAt());
        assertNull(c.lastInboundAt());
    }

    @Test
    void aClientKeySeesOnlyItsOwnAccounts() {
        assertThrows(AccountForbiddenException.class, () -> conversations.get(Fixtures.SHOP_A, null, "+255781588379"));
        assertFalse(conversations.get(Fixtures.SHOP_A, "shop-a", "+255781588379").windowOpen());
    }
}
