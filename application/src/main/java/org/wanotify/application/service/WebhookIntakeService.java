package org.wanotify.application.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.HandleWebhookUseCase;
import org.wanotify.application.port.in.ReceiveWebhookUseCase;
import org.wanotify.application.port.out.StoredWebhookEvent;
import org.wanotify.application.port.out.WebhookEventStore;
import org.wanotify.application.port.out.WebhookEvents;
import org.wanotify.application.port.out.WebhookPayloadParser;

/**
 * Stores each verified webhook delivery before Meta gets its 200, then applies stored deliveries on the
 * {@code applier} executor: the table, not memory, says what is still to apply, so a crash loses nothing.
 */
public final class WebhookIntakeService implements ReceiveWebhookUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookIntakeService.class);
    private static final int BATCH = 100;

    private final WebhookEventStore events;
    private final WebhookPayloadParser parser;
    private final HandleWebhookUseCase statuses;
    private final InboundMessageService inbound;
    private final Executor applier;
    private final Clock clock;
    private final AtomicBoolean drainRequested = new AtomicBoolean();

    public WebhookIntakeService(WebhookEventStore events, WebhookPayloadParser parser, HandleWebhookUseCase statuses,
                                InboundMessageService inbound, Executor applier, Clock clock) {
        this.events = events;
        this.parser = parser;
        this.statuses = statuses;
        this.inbound = inbound;
        this.applier = applier;
        this.clock = clock;
    }

    @Override
    public void receive(byte[] rawBody) {
        // a failure here is a 500 on purpose: nothing was stored, so Meta must deliver the event again
        events.append(new String(rawBody, StandardCharsets.UTF_8), clock.instant());
        requestDrain();
    }

    /** Asks the applier to apply everything stored and not applied yet (also at start-up and from the periodic sweep). */
    public void requestDrain() {
        // a burst of deliveries becomes one drain, not one task each
        if (drainRequested.compareAndSet(false, true)) {
            try {
                applier.execute(this::drain);
            } catch (RejectedExecutionException e) {
                drainRequested.set(false);
                LOG.debug("webhook applier is stopped; stored events are applied at the next start");
            }
        }
    }

    /** Applies every stored, unapplied delivery, oldest first; returns how many it applied. */
    public int drain() {
        drainRequested.set(false);
        int applied = 0;
        try {
            List<StoredWebhookEvent> batch = events.unapplied(BATCH);
            while (!batch.isEmpty()) {
                for (StoredWebhookEvent event : batch) {
                    apply(event);
                    applied++;
                }
                batch = events.unapplied(BATCH);
            }
        } catch (RuntimeException e) {
            // left unapplied in the table: the next drain (sweep or next delivery) tries again
            LOG.warn("applying stored webhook events stopped after {}: {}", applied, e.toString());
        }
        return applied;
    }

    private void apply(StoredWebhookEvent event) {
        WebhookEvents parsed;
        try {
            parsed = parser.parse(event.payload());
        } catch (RuntimeException e) {
            LOG.warn("webhook event {} cannot be read and is skipped: {}", event.id(), e.toString());
            events.markApplied(event.id(), clock.instant());
            return;
        }
        if (!parsed.statuses().isEmpty()) {
            statuses.applyStatuses(parsed.statuses());
        }
        if (!parsed.messages().isEmpty()) {
            inbound.record(parsed.messages());
        }
        if (parsed.statuses().isEmpty() && parsed.messages().isEmpty()) {
            LOG.debug("webhook event {} has nothing wanotify applies", event.id());
        }
        events.markApplied(event.id(), clock.instant());
    }
}
