package org.wanotify.application.service;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.PurgeExpiredMessagesUseCase;
import org.wanotify.application.port.out.MessageMaintenance;

/** Deletes finished messages (and their events) last changed more than the retention period ago. */
public final class PurgeExpiredMessagesService implements PurgeExpiredMessagesUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeExpiredMessagesService.class);

    private final MessageMaintenance maintenance;
    private final Duration retention;
    private final Clock clock;

    public PurgeExpiredMessagesService(MessageMaintenance maintenance, Duration retention, Clock clock) {
        this.maintenance = maintenance;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int purge() {
        int purged = maintenance.purgeOlderThan(clock.instant().minus(retention));
        LOG.info("retention: purged {} messages older than {} days", purged, retention.toDays());
        return purged;
    }
}
