package org.wanotify.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.CallbackScheduler;

/**
 * The callback trigger until JobRunr carries it: one scheduler thread that runs the delivery sweep every
 * {@code sweepEvery} and at each requested time. Triggers live only in memory; the outbox table is the truth,
 * so the periodic sweep re-arms everything after a restart. Swap for a JobRunr job behind the same port.
 */
final class ExecutorCallbackScheduler implements CallbackScheduler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorCallbackScheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wanotify-callbacks");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private volatile Runnable sweep = () -> { };

    ExecutorCallbackScheduler(Clock clock) {
        this.clock = clock;
    }

    /** Starts the periodic sweep; {@code deliverDue} claims due deliveries and hands them to the sender threads. */
    void start(Runnable deliverDue, Duration sweepEvery) {
        this.sweep = deliverDue;
        executor.scheduleWithFixedDelay(this::runSweep, 0, sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void wakeAt(Instant at) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        try {
            executor.schedule(this::runSweep, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("callback scheduler stopped; the next start sweeps the outbox");
        }
    }

    private void runSweep() {
        try {
            sweep.run();
        } catch (RuntimeException e) {
            LOG.warn("callback sweep failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
