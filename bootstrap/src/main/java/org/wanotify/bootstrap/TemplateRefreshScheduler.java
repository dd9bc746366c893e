package org.wanotify.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.RefreshTemplateStatusesUseCase;

/**
 * Runs the template status refresh every {@code WANOTIFY_TEMPLATE_REFRESH}, the backstop for lost webhooks.
 * A plain scheduled executor for now; it is meant to become a JobRunr recurring job (bootstrap.jobs).
 */
final class TemplateRefreshScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateRefreshScheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "template-refresh");
        t.setDaemon(true);
        return t;
    });

    TemplateRefreshScheduler(RefreshTemplateStatusesUseCase refresh, Duration every) {
        long millis = every.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                int changed = refresh.refresh();
                LOG.debug("template status refresh: {} changed", changed);
            } catch (RuntimeException e) {
                // a failed round must not cancel the schedule
                LOG.warn("template status refresh failed: {}", e.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
