package org.wanotify.bootstrap;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.PurgeExpiredMessagesUseCase;

/** Runs the retention purge once shortly after start and then daily (a plain executor until JobRunr schedules it). */
final class RetentionSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final PurgeExpiredMessagesUseCase purge;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wanotify-retention");
        t.setDaemon(true);
        return t;
    });

    RetentionSchedule(PurgeExpiredMessagesUseCase purge) {
        this.purge = purge;
    }

    void start() {
        executor.scheduleAtFixedRate(this::run, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private void run() {
        try {
            purge.purge();
        } catch (RuntimeException e) {
            LOG.error("retention purge failed; trying again tomorrow: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
