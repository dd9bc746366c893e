package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.application.port.out.SendOutcome;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.TextContent;

class DispatchServiceTest {
    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final InMemoryAccounts accounts = new InMemoryAccounts(Fixtures.twoAccounts());
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final OutcomeWaiters waiters = new OutcomeWaiters();
    private final RetryPolicy fastRetries = new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(5), 3, Duration.ofMillis(5));
    private final DispatchService dispatcher = new DispatchService(accounts, store, gateway, account -> { },
            new OutcomeRecorder(store, accounts, fastRetries, waiters, Clock.systemUTC()), Clock.systemUTC(), 16);
    private final SendMessageService sender = new SendMessageService(accounts, store, Fixtures.ids(), dispatcher, waiters, Clock.systemUTC());

    @AfterEach
    void stop() {
        dispatcher.close();
    }

    private Notification send(Duration wait) {
        return sender.send(new SendMessageCommand(Fixtures.ADMIN, null, "+255781588379", new TextContent("hi", false), null,
                Map.of(), null, null, null, wait)).message();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.sleep(20);
        }
    }

    private Notification stored(Notification n) {
        return store.find(n.id()).orElseThrow();
    }

    @Test
    void acceptedSendBecomesSentWithWamidAndWaitReturnsIt() {
        dispatcher.start();
        Notification n = send(Duration.ofSeconds(5));
        assertEquals(MessageStatus.SENT, n.status());
        assertEquals("wamid." + n.id().value(), n.whatsappMessageId());
        assertEquals(1, n.attempts());
    }

    @Test
    void serverErrorsAreRetriedUntilSent() throws InterruptedException {
        gateway.then(new SendOutcome.Unreachable("HTTP 500", true)).then(new SendOutcome.Unreachable("HTTP 500", true));
        dispatcher.start();
        Notification n = send(Duration.ZERO);
        eventually(() -> stored(n).status() == MessageStatus.SENT);
        assertEquals(3, stored(n).attempts());
        assertTrue(stored(n).events().stream().anyMatch(e -> e.status() == MessageStatus.SCHEDULED));
        assertEquals(3, gateway.requests.size());
    }

    @Test
    void undeliverableFailsAfterOneAttemptWithHint() throws InterruptedException {
        gateway.then(new SendOutcome.Rejected(400, 131026, null, "Message undeliverable", "not on WhatsApp", "trace-1"));
        dispatcher.start();
        Notification n = send(Duration.ofSeconds(5));
        assertEquals(MessageStatus.FAILED, n.status());
        assertEquals(131026, n.error().code());
        assertEquals("trace-1", n.error().fbtraceId());
        assertNotNull(n.error().hint());
        assertEquals(1, gateway.requests.size());
    }

    @Test
    void retryableErrorsGiveUpAfterMaxAttempts() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            gateway.then(new SendOutcome.Rejected(400, 131000, null, "Something went wrong", null, null));
        }
        dispatcher.start();
        Notification n = send(Duration.ZERO);
        eventually(() -> stored(n).status() == MessageStatus.FAILED);
        assertEquals(3, stored(n).attempts());
        assertEquals(131000, stored(n).error().code());
    }

    @Test
    void expiredTokenPausesTheAccountAndKeepsTheMessageQueued() throws InterruptedException {
        gateway.then(new SendOutcome.Rejected(401, 190, 463, "Error validating access token", null, null));
        dispatcher.start();
        Notification n = send(Duration.ZERO);
        eventually(() -> accounts.find("default").orElseThrow().isPaused());
        eventually(() -> stored(n).status() == MessageStatus.QUEUED);
        Thread.sleep(300);
        assertEquals(1, gateway.requests.size(), "a paused account sends nothing more");
        accounts.resume("default");
        dispatcher.wake("default");
        eventually(() -> stored(n).status() == MessageStatus.SENT);
    }
}
