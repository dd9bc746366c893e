package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.AccountNotFoundException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.in.IdempotencyConflictException;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.application.port.in.SendMessageResult;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.InvalidPhoneNumberException;

class SendMessageServiceTest {
    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final List<String> wakes = new ArrayList<>();
    private final SendMessageService service = new SendMessageService(new InMemoryAccounts(Fixtures.twoAccounts()), store,
            Fixtures.ids(), new DispatchMessagesUseCase() {
                @Override
                public void start() {
                }

                @Override
                public void wake(String account) {
                    wakes.add(account);
                }

                @Override
                public void close() {
                }
            }, new OutcomeWaiters(), Fixtures.CLOCK);

    private static SendMessageCommand text(Caller caller, String account, String to, String body, String key) {
        return new SendMessageCommand(caller, account, to, new TextContent(body, false), null, Map.of("order_id", "A-17"),
                null, key, key == null ? null : "fp-" + body, Duration.ZERO);
    }

    @Test
    void storesQueuedMessageWithE164RecipientAndWakesDispatcher() {
        SendMessageResult r = service.send(text(Fixtures.ADMIN, null, "0781588379", "hi", null));
        assertEquals(MessageStatus.QUEUED, r.message().status());
        assertEquals("+255781588379", r.message().to().e164());
        assertEquals("default", r.message().account());
        assertTrue(store.find(r.message().id()).isPresent());
        assertEquals(List.of("default"), wakes);
        assertFalse(r.replayed());
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnsTheFirstMessage() {
        SendMessageResult first = service.send(text(Fixtures.ADMIN, null, "0781588379", "hi", "k1"));
        SendMessageResult again = service.send(text(Fixtures.ADMIN, null, "0781588379", "hi", "k1"));
        assertEquals(first.message().id(), again.message().id());
        assertTrue(again.replayed());
        assertEquals(1, wakes.size());
    }

    @Test
    void sameIdempotencyKeyWithDifferentBodyConflicts() {
        service.send(text(Fixtures.ADMIN, null, "0781588379", "hi", "k1"));
        assertThrows(IdempotencyConflictException.class, () -> service.send(text(Fixtures.ADMIN, null, "0781588379", "other", "k1")));
    }

    @Test
    void idempotencyKeysAreScopedPerApiKey() {
        SendMessageResult a = service.send(text(Fixtures.ADMIN, "shop-a", "0781588379", "hi", "k1"));
        SendMessageResult b = service.send(text(Fixtures.SHOP_A, "shop-a", "0781588379", "hi", "k1"));
        assertFalse(a.message().id().equals(b.message().id()));
    }

    @Test
    void clientKeyCannotSendAsAnotherAccount() {
        assertThrows(AccountForbiddenException.class, () -> service.send(text(Fixtures.SHOP_A, "default", "0781588379", "hi", null)));
        assertTrue(store.list(new org.wanotify.application.port.out.MessageQuery(null, null, null, 10, null)).messages().isEmpty());
    }

    @Test
    void unknownAccountIsRefused() {
        AccountNotFoundException e = assertThrows(AccountNotFoundException.class,
                () -> service.send(text(Fixtures.ADMIN, "nope", "0781588379", "hi", null)));
        assertEquals("account", e.field());
    }

    @Test
    void invalidNumberIsRefusedBeforeAnythingIsStored() {
        assertThrows(InvalidPhoneNumberException.class, () -> service.send(text(Fixtures.ADMIN, null, "12", "hi", null)));
        assertTrue(wakes.isEmpty());
    }
}
