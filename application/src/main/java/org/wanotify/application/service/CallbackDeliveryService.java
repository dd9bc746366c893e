package org.wanotify.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.CallbackDelivery;
import org.wanotify.application.port.out.CallbackOutbox;
import org.wanotify.application.port.out.CallbackScheduler;
import org.wanotify.application.port.out.CallbackSecretStore;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.application.port.out.StatusCallback;
import org.wanotify.application.port.out.StatusCallbackSender;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.SendError;

/**
 * Delivers due client callbacks from the outbox: each POST on the {@code senders} executor, never on a request
 * thread; on a non-2xx answer or a timeout it backs off exponentially until the delivery is {@code maxAge} old.
 */
public final class CallbackDeliveryService {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackDeliveryService.class);
    private static final int BATCH = 50;

    private final CallbackOutbox outbox;
    private final MessageStore messages;
    private final CallbackSecretStore secrets;
    private final StatusCallbackSender sender;
    private final CallbackScheduler scheduler;
    private final Executor senders;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxAge;
    private final Duration lease;
    private final Clock clock;

    public CallbackDeliveryService(CallbackOutbox outbox, MessageStore messages, CallbackSecretStore secrets,
                                   StatusCallbackSender sender, CallbackScheduler scheduler, Executor senders,
                                   Duration baseDelay, Duration maxDelay, Duration maxAge, Duration postTimeout, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.secrets = secrets;
        this.sender = sender;
        this.scheduler = scheduler;
        this.senders = senders;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.maxAge = maxAge;
        // longer than a POST may take (connect + answer), so a claimed delivery is not taken twice while in flight
        this.lease = postTimeout.multipliedBy(3);
        this.clock = clock;
    }

    /** Claims what is due and hands each delivery to the sender threads; returns how many were claimed. */
    public int deliverDue() {
        List<CallbackDelivery> due = outbox.claimDue(clock.instant(), lease, BATCH);
        for (CallbackDelivery d : due) {
            try {
                senders.execute(() -> deliver(d));
            } catch (RejectedExecutionException e) {
                // shutting down: hand the claim back so the next start delivers it at once
                outbox.retryAt(d.id(), d.attempts(), clock.instant(), d.attempts() == 0 ? null : "not sent: shutting down");
            }
        }
        return due.size();
    }

    /** POSTs one delivery and records the result. */
    void deliver(CallbackDelivery d) {
        try {
            Optional<Notification> message = messages.find(d.messageId());
            if (message.isEmpty()) {
                outbox.giveUp(d.id(), d.attempts(), clock.instant(), "message no longer exists");
                return;
            }
            Notification n = message.get();
            Optional<String> secret = secrets.find(n.account());
            if (secret.isEmpty()) {
                failed(d, "no callback secret for account " + n.account());
                return;
            }
            SendError error = d.status() == MessageStatus.FAILED ? n.error() : null;
            StatusCallback body = new StatusCallback(n.id().value(), d.status(), n.to().e164(), n.whatsappMessageId(), error,
                    n.metadata(), d.at());
            String problem = sender.post(d.url(), body, secret.get());
            if (problem == null) {
                outbox.delivered(d.id(), d.attempts() + 1, clock.instant());
                scheduler.wakeAt(clock.instant()); // the message's next change may be waiting behind this one
            } else {
                failed(d, problem);
            }
        } catch (RuntimeException e) {
            failed(d, e.getClass().getSimpleName());
        }
    }

    private void failed(CallbackDelivery d, String problem) {
        Instant now = clock.instant();
        int attempts = d.attempts() + 1;
        Instant next = now.plus(delayAfter(attempts));
        try {
            if (next.isAfter(d.createdAt().plus(maxAge))) {
                LOG.warn("callback for {} ({}) given up after {} attempts: {}", d.messageId(), d.status().wireName(), attempts, problem);
                outbox.giveUp(d.id(), attempts, now, problem);
                scheduler.wakeAt(now);
            } else {
                LOG.info("callback for {} ({}) failed ({}), attempt {}; next at {}", d.messageId(), d.status().wireName(), problem, attempts, next);
                outbox.retryAt(d.id(), attempts, next, problem);
                scheduler.wakeAt(next);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not record a failed callback for {}: {}; the lease runs out and it is tried again", d.messageId(), e.toString());
        }
    }

    /** base × 2^(attempts−1), capped at the maximum delay. */
    Duration delayAfter(int attempts) {
        Duration delay = baseDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
