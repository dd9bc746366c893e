package org.wanotify.bootstrap;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process threads of the delivery lifecycle: one that applies stored webhook events in order, a small
 * pool that POSTs client callbacks, and a sweep that re-runs whatever the tables say is still to do.
 */
final class LifecycleWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleWorkers.class);
    private static final int CALLBACK_SENDERS = 4;

    final ExecutorService webhookApplier = Executors.newSingleThreadExecutor(named("wanotify-webhook-apply"));
    final ExecutorService callbackSenders = Executors.newFixedThreadPool(CALLBACK_SENDERS, named("wanotify-callback-post"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(named("wanotify-sweep"));

    /** Runs {@code sweep} now and then every {@code every}; a failing sweep is logged and tried again. */
    void startSweep(Runnable sweep, Duration every) {
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep.run();
            } catch (RuntimeException e) {
                LOG.warn("lifecycle sweep failed: {}", e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        // what is not applied or delivered now stays in its table and is picked up at the next start
        webhookApplier.shutdown();
        callbackSenders.shutdown();
        try {
            webhookApplier.awaitTermination(5, TimeUnit.SECONDS);
            callbackSenders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        webhookApplier.shutdownNow();
        callbackSenders.shutdownNow();
    }
}
