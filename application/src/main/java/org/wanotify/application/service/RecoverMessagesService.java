package org.wanotify.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.in.RecoverMessagesUseCase;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.application.port.out.RetryScheduler;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.notification.Notification;

/** Handles messages left in doubt by a crash and re-arms retries whose trigger was lost. */
public final class RecoverMessagesService implements RecoverMessagesUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RecoverMessagesService.class);
    private static final Duration STUCK_AFTER = Duration.ofMinutes(2);

    private final MessageStore store;
    private final AccountDirectory accounts;
    private final RetryScheduler retries;
    private final DispatchMessagesUseCase dispatcher;
    private final Duration grace;
    private final Clock clock;

    public RecoverMessagesService(MessageStore store, AccountDirectory accounts, RetryScheduler retries,
                                  DispatchMessagesUseCase dispatcher, Duration grace, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.retries = retries;
        this.dispatcher = dispatcher;
        this.grace = grace;
        this.clock = clock;
    }

    @Override
    public int recoverAfterRestart() {
        Instant now = clock.instant();
        // Called before this process's dispatcher claims anything, so every 'sending' row is a previous run's.
        List<Notification> inDoubt = store.holdInDoubt(now, grace, now);
        if (!inDoubt.isEmpty()) {
            LOG.warn("{} messages were being sent when wanotify last stopped; Meta may have them, so each waits {} for its"
                    + " status webhook before it is sent again", inDoubt.size(), grace);
        }
        inDoubt.forEach(n -> retries.retryAt(n.id(), n.account(), n.attempts() + 1, n.nextAttemptAt()));
        return inDoubt.size();
    }

    @Override
    public int sweep() {
        Instant now = clock.instant();
        // A live send answers or times out within seconds; 'sending' for longer than the grace (and never less than
        // STUCK_AFTER, so a short test grace cannot catch a send still in flight) means its sender died.
        Duration stuckAfter = grace.compareTo(STUCK_AFTER) > 0 ? grace : STUCK_AFTER;
        List<Notification> stuck = store.holdInDoubt(now.minus(stuckAfter), grace, now);
        if (!stuck.isEmpty()) {
            LOG.warn("{} messages were stuck in 'sending' for more than {}; they are released for another attempt", stuck.size(), stuckAfter);
        }
        for (Account account : accounts.all()) {
            dispatcher.wake(account.name());
        }
        return stuck.size();
    }
}
