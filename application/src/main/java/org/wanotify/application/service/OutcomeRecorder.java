package org.wanotify.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.application.port.out.RetryScheduler;
import org.wanotify.application.port.out.SendOutcome;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.notification.FailureCategory;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.SendError;
import org.wanotify.domain.notification.SendFailure;

/** Turns the answer to one send into the message's next state: sent, scheduled for a retry, failed, or back in the queue of a paused account. */
public final class OutcomeRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecorder.class);
    private static final int UNKNOWN_CODE_ATTEMPTS = 3;

    private final MessageStore store;
    private final AccountDirectory accounts;
    private final RetryPolicy retries;
    private final OutcomeWaiters waiters;
    private final Clock clock;
    private final MessageRedaction redaction;
    private final RetryScheduler scheduler;

    public OutcomeRecorder(MessageStore store, AccountDirectory accounts, RetryPolicy retries, OutcomeWaiters waiters, Clock clock) {
        this(store, accounts, retries, waiters, clock, MessageRedaction.none(), RetryScheduler.none());
    }

    /**
     * Also redacts sensitive content of each message once it is sent or failed, and arms {@code scheduler}
     * (a JobRunr job in production) for each retry once it is committed.
     */
    public OutcomeRecorder(MessageStore store, AccountDirectory accounts, RetryPolicy retries, OutcomeWaiters waiters, Clock clock,
                           MessageRedaction redaction, RetryScheduler scheduler) {
        this.redaction = redaction;
        this.scheduler = scheduler;
        this.store = store;
        this.accounts = accounts;
        this.retries = retries;
        this.waiters = waiters;
        this.clock = clock;
    }

    /** Records {@code outcome} (or the unexpected {@code error} of the gateway) for {@code message}. */
    public void record(Account account, Notification message, SendOutcome outcome, Throwable error) {
        Instant now = clock.instant();
        SendOutcome result = outcome != null ? outcome
                : new SendOutcome.Unreachable(error == null ? "no answer" : error.getClass().getSimpleName(), true);
        try {
            store.update(message.id(), n -> apply(account, n, result, now)).ifPresent(n -> {
                redaction.afterOutcome(n);
                if (n.status().isOutcome()) {
                    waiters.completed(n.id());
                }
                if (n.status() == MessageStatus.SCHEDULED) {
                    armRetry(n);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("could not record the outcome of {}; it stays 'sending' and is resolved as in doubt", message.id(), e);
        }
    }

    /** After the commit (JobRunr must never be called inside a write transaction); a failure here only delays the retry to the next sweep. */
    private void armRetry(Notification n) {
        try {
            scheduler.retryAt(n.id(), n.account(), n.attempts() + 1, n.nextAttemptAt());
        } catch (RuntimeException e) {
            LOG.warn("could not arm the retry trigger of {}; the retry sweep will pick it up: {}", n.id(), e.toString());
        }
    }

    private void apply(Account account, Notification n, SendOutcome outcome, Instant now) {
        if (outcome instanceof SendOutcome.Accepted accepted) {
            n.accepted(accepted.wamid(), now);
            LOG.debug("{} sent as {}", n.id(), accepted.wamid());
        } else if (outcome instanceof SendOutcome.Rejected rejected) {
            SendError failure = SendFailure.describe(rejected.code(), rejected.title(), rejected.details(), rejected.fbtraceId());
            FailureCategory category = SendFailure.categoryOf(rejected.code());
            LOG.warn("{} to {} refused by Meta: code {} ({}), {}", n.id(), n.to().masked(), rejected.code(), rejected.title(), category);
            switch (category) {
                case ACCOUNT_BLOCKING -> {
                    accounts.pause(account.name(), "Meta error " + rejected.code() + ": " + failure.hint());
                    n.returnToQueue(now);
                }
                case RETRY -> retryOrFail(n, failure, now);
                case UNKNOWN -> {
                    // A code this table does not know: a few tries, then fail with Meta's raw code, title and details kept.
                    if (n.attempts() < Math.min(UNKNOWN_CODE_ATTEMPTS, retries.maxAttempts())) {
                        n.retryAt(now.plus(retries.delayAfter(n.attempts())), failure, now);
                    } else {
                        n.fail(failure, now);
                    }
                }
                case RETRY_RECIPIENT_LATER -> {
                    // Only this message (this recipient) waits; the rest of the queue goes on at full pace.
                    if (retries.mayRetry(n.attempts())) {
                        n.retryAt(now.plus(retries.pairLimitDelay(n.attempts())), failure, now);
                    } else {
                        n.fail(failure, now);
                    }
                }
                case WAIT_LONG -> {
                    if (retries.mayRetry(n.attempts())) {
                        n.retryAt(now.plus(retries.longWait()), failure, now);
                    } else {
                        n.fail(failure, now);
                    }
                }
                case PERMANENT, NEEDS_TEMPLATE -> n.fail(failure, now);
            }
        } else if (outcome instanceof SendOutcome.Unreachable unreachable) {
            LOG.warn("{}: Meta unreachable ({}), attempt {}", n.id(), unreachable.reason(), n.attempts());
            retryOrFail(n, SendFailure.describe(SendFailure.TRANSPORT, "Graph API unreachable", unreachable.reason(), null), now);
        }
    }

    private void retryOrFail(Notification n, SendError failure, Instant now) {
        if (retries.mayRetry(n.attempts())) {
            n.retryAt(now.plus(retries.delayAfter(n.attempts())), failure, now);
        } else {
            n.fail(new SendError(failure.code(), failure.title(), failure.detail(), failure.fbtraceId(), false,
                    failure.hint() + " Gave up after " + n.attempts() + " attempts."), now);
        }
    }

    /** Puts claimed messages that were never sent back into the queue (shutdown in the middle of a batch). */
    public void returnToQueue(List<Notification> unsent) {
        Instant now = clock.instant();
        for (Notification n : unsent) {
            store.update(n.id(), m -> m.returnToQueue(now));
        }
    }
}
