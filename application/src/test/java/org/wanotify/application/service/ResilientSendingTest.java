package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.out.SendOutcome;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.StatusEvent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.Recipient;

/** Retries and their triggers, pair limits, long waits, paused accounts and in-doubt recovery at service level. */
class ResilientSendingTest {
    private static final Instant NOW = Fixtures.CLOCK.instant();
    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final InMemoryAccounts accounts = new InMemoryAccounts(Fixtures.twoAccounts());
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final RecordingRetryScheduler triggers = new RecordingRetryScheduler();
    private final RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8, Duration.ofHours(24));
    private final OutcomeRecorder recorder = new OutcomeRecorder(store, accounts, retries, new OutcomeWaiters(), Fixtures.CLOCK, MessageRedaction.none(), triggers);
    private DispatchService dispatcher;

    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
    }

    private Account account() {
        return accounts.find("default").orElseThrow();
    }

    private static MessageId id(int n) {
        return MessageId.fromUlid(String.format("01JD%022d", n));
    }

    /** Message {@code n}, stored and claimed for its first attempt at {@link #NOW}. */
    private Notification claimed(int n, String to) {
        store.insert(Notification.queue(id(n), "default", new Recipient(to), new TextContent("hi " + n, false), Map.of(), null, null, NOW), null);
        return store.claimDue("default", NOW, 100).stream().filter(m -> m.id().equals(id(n))).findFirst().orElseThrow();
    }

    private Notification stored(Notification n) {
        return store.find(n.id()).orElseThrow();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.sleep(20);
        }
    }

    private DispatchService startDispatcher(RetryPolicy policy) {
        OutcomeRecorder live = new OutcomeRecorder(store, accounts, policy, new OutcomeWaiters(), Clock.systemUTC(), MessageRedaction.none(), triggers);
        dispatcher = new DispatchService(accounts, store, gateway, account -> { }, live, Clock.systemUTC(), 16);
        dispatcher.start();
        return dispatcher;
    }

    private Notification queueNow(int n, String to) {
        Notification message = Notification.queue(id(n), "default", new Recipient(to), new TextContent("hi " + n, false), Map.of(), null, null, Instant.now());
        store.insert(message, null);
        return message;
    }

    @Test
    void fiveHundredTwiceThenSuccessEndsSentAfterThreeAttemptsWithATriggerPerRetry() throws InterruptedException {
        gateway.then(new SendOutcome.Unreachable("HTTP 500", true)).then(new SendOutcome.Unreachable("HTTP 500", true));
        startDispatcher(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(50), 8, Duration.ofHours(24)));
        Notification n = queueNow(1, "+255781588379");
        dispatcher.wake("default");

        eventually(() -> stored(n).status() == MessageStatus.SENT);

        assertEquals(3, stored(n).attempts());
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SCHEDULED, MessageStatus.SCHEDULED, MessageStatus.SENT),
                stored(n).events().stream().map(StatusEvent::status).toList());
        assertEquals(List.of(2, 3), triggers.armed.stream().map(RecordingRetryScheduler.Armed::attempt).toList());
        assertTrue(triggers.armed.stream().allMatch(a -> a.id().equals(n.id()) && a.account().equals("default")));
        assertEquals(3, gateway.requests.size());
    }

    @Test
    void rateLimitSchedulesALaterAttemptAndArmsItsTriggerAtThatTime() {
        Notification n = claimed(1, "+255781588379");

        recorder.record(account(), n, new SendOutcome.Rejected(400, 130429, 2494055, "Rate limit hit", null, "trace"), null);

        Notification after = stored(n);
        assertEquals(MessageStatus.SCHEDULED, after.status());
        Duration wait = Duration.between(NOW, after.nextAttemptAt());
        assertTrue(wait.compareTo(Duration.ofSeconds(24)) >= 0 && wait.compareTo(Duration.ofSeconds(36)) <= 0, wait.toString());
        assertEquals(130429, after.error().code());
        assertEquals(List.of(new RecordingRetryScheduler.Armed(n.id(), "default", 2, after.nextAttemptAt())), triggers.armed);
    }

    @Test
    void undeliverableFailsAtOnceWithItsHintAndArmsNothing() {
        Notification n = claimed(1, "+255781588379");

        recorder.record(account(), n, new SendOutcome.Rejected(400, 131026, null, "Message undeliverable", null, null), null);

        assertEquals(MessageStatus.FAILED, stored(n).status());
        assertFalse(stored(n).error().hint().isBlank());
        assertTrue(triggers.armed.isEmpty());
    }

    @Test
    void pairLimitRetriesThatRecipientAfterAtLeastSixSecondsAndTheWaitGrows() {
        assertEquals(Duration.ofSeconds(6), retries.pairLimitDelay(1));
        assertEquals(Duration.ofSeconds(16), retries.pairLimitDelay(2));
        assertEquals(Duration.ofSeconds(64), retries.pairLimitDelay(3));
        assertEquals(Duration.ofSeconds(6), new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 8, Duration.ofHours(24))
                .pairLimitDelay(5), "never shorter than Meta's 6 s, even with short test delays");

        Notification n = claimed(1, "+255781588379");
        recorder.record(account(), n, new SendOutcome.Rejected(400, 131056, null, "Pair rate limit hit", null, null), null);

        assertEquals(MessageStatus.SCHEDULED, stored(n).status());
        assertEquals(NOW.plusSeconds(6), stored(n).nextAttemptAt());
    }

    @Test
    void pairLimitHoldsBackOnlyThatRecipient() throws InterruptedException {
        gateway.then(new SendOutcome.Rejected(400, 131056, null, "Pair rate limit hit", null, null));
        startDispatcher(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(50), 8, Duration.ofHours(24)));
        Notification limited = queueNow(1, "+255781588379");
        Notification other = queueNow(2, "+255781588380");
        dispatcher.wake("default");

        eventually(() -> stored(other).status() == MessageStatus.SENT);
        eventually(() -> stored(limited).status() == MessageStatus.SCHEDULED);
        assertTrue(Duration.between(Instant.now(), stored(limited).nextAttemptAt()).toMillis() > 4_000,
                "the limited recipient waits seconds, not the 20 ms base delay");
    }

    @Test
    void lowEngagementWaitsAtLeastADay() {
        Notification n = claimed(1, "+255781588379");

        recorder.record(account(), n, new SendOutcome.Rejected(400, 131049, null, "Not delivered to maintain healthy ecosystem engagement", null, null), null);

        assertEquals(MessageStatus.SCHEDULED, stored(n).status());
        assertEquals(NOW.plus(Duration.ofHours(24)), stored(n).nextAttemptAt());
    }

    @Test
    void unknownCodeIsRetriedAFewTimesThenFailsKeepingMetasRawError() {
        SendOutcome odd = new SendOutcome.Rejected(400, 987654, null, "Something new", "raw details", "trace-x");
        Notification n = claimed(1, "+255781588379");
        recorder.record(account(), n, odd, null);
        for (int attempt = 2; attempt <= 3; attempt++) {
            assertEquals(MessageStatus.SCHEDULED, stored(n).status(), "attempt " + (attempt - 1) + " is retried");
            store.update(n.id(), m -> m.startAttempt(NOW));
            recorder.record(account(), stored(n), odd, null);
        }

        Notification failed = stored(n);
        assertEquals(MessageStatus.FAILED, failed.status());
        assertEquals(3, failed.attempts());
        assertEquals(987654, failed.error().code());
        assertEquals("Something new", failed.error().title());
        assertEquals("raw details", failed.error().detail());
        assertEquals("trace-x", failed.error().fbtraceId());
    }

    @Test
    void pausedAccountIsResumedByTheCheckOnlyWhenMetaAnswersAndThenSendsItsQueue() throws InterruptedException {
        gateway.then(new SendOutcome.Rejected(401, 190, 463, "Error validating access token", null, null));
        startDispatcher(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(50), 8, Duration.ofHours(24)));
        Notification first = queueNow(1, "+255781588379");
        dispatcher.wake("default");
        eventually(() -> account().isPaused());
        Notification second = queueNow(2, "+255781588380");
        dispatcher.wake("default");
        Thread.sleep(200);
        assertEquals(1, gateway.requests.size(), "a paused account sends nothing more");
        assertEquals(MessageStatus.QUEUED, stored(first).status());
        assertEquals(MessageStatus.QUEUED, stored(second).status());

        AtomicReference<Optional<String>> answer = new AtomicReference<>(Optional.of("Meta error 190: token expired"));
        CheckPausedAccountsService check = new CheckPausedAccountsService(accounts, account -> answer.get(), dispatcher);
        assertEquals(0, check.checkPausedAccounts());
        assertTrue(account().isPaused());

        answer.set(Optional.empty());
        assertEquals(1, check.checkPausedAccounts());
        assertFalse(account().isPaused());
        eventually(() -> stored(first).status() == MessageStatus.SENT && stored(second).status() == MessageStatus.SENT);
        assertEquals(3, gateway.requests.size());
    }

    @Test
    void messagesLeftSendingAtStartWaitTheGraceForAWebhookAndGetATrigger() {
        Notification n = claimed(1, "+255781588379");
        Clock later = Clock.offset(Fixtures.CLOCK, Duration.ofMinutes(1));
        RecoverMessagesService recovery = new RecoverMessagesService(store, accounts, triggers, noDispatcher(), Duration.ofMinutes(10), later);

        assertEquals(1, recovery.recoverAfterRestart());

        assertEquals(MessageStatus.SCHEDULED, stored(n).status());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), stored(n).nextAttemptAt());
        assertNull(stored(n).error(), "nothing failed: Meta may well have it");
        assertEquals(List.of(new RecordingRetryScheduler.Armed(n.id(), "default", 2, NOW.plus(Duration.ofMinutes(10)))), triggers.armed);
    }

    @Test
    void theSweepReleasesOnlyMessagesStuckLongerThanTheGrace() {
        Notification n = claimed(1, "+255781588379");
        Duration grace = Duration.ofMinutes(10);

        assertEquals(0, new RecoverMessagesService(store, accounts, triggers, noDispatcher(), grace,
                Clock.offset(Fixtures.CLOCK, Duration.ofMinutes(5))).sweep());
        assertEquals(MessageStatus.SENDING, stored(n).status());

        assertEquals(1, new RecoverMessagesService(store, accounts, triggers, noDispatcher(), grace,
                Clock.offset(Fixtures.CLOCK, Duration.ofMinutes(11))).sweep());
        assertEquals(MessageStatus.SCHEDULED, stored(n).status());
        assertEquals(NOW.plus(grace), stored(n).nextAttemptAt(), "due at once");
    }

    @Test
    void theSweepNeverReleasesASendYoungerThanTwoMinutesEvenWithAShortGrace() {
        Notification n = claimed(1, "+255781588379");
        Duration grace = Duration.ofSeconds(1);

        assertEquals(0, new RecoverMessagesService(store, accounts, triggers, noDispatcher(), grace,
                Clock.offset(Fixtures.CLOCK, Duration.ofSeconds(90))).sweep());
        assertEquals(MessageStatus.SENDING, stored(n).status());
        assertEquals(1, new RecoverMessagesService(store, accounts, triggers, noDispatcher(), grace,
                Clock.offset(Fixtures.CLOCK, Duration.ofMinutes(3))).sweep());
    }

    private static DispatchMessagesUseCase noDispatcher() {
        return new DispatchMessagesUseCase() {
            @Override
            public void start() {
            }

            @Override
            public void wake(String account) {
            }

            @Override
            public void close() {
            }
        };
    }
}
