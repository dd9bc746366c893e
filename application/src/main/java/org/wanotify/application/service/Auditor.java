package org.wanotify.application.service;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.AdminRequiredException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.ListAuditUseCase;
import org.wanotify.application.port.out.AuditEntry;
import org.wanotify.application.port.out.AuditLog;

/** Writes audit entries (a failing audit write is logged, never fails the action) and lists them for admins. */
public final class Auditor implements ListAuditUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);
    public static final int MAX_PAGE = 200;

    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Records an admin action by {@code caller}. */
    public void admin(Caller caller, String account, String action, String target, String outcome) {
        append(caller.keyId() + " (" + caller.name() + ")", account, action, target, outcome);
    }

    /** Records anything else (the dispatcher's Graph calls). */
    public void append(String actor, String account, String action, String target, String outcome) {
        try {
            log.append(new AuditEntry(0, clock.instant(), actor, account, action, target, outcome));
        } catch (RuntimeException e) {
            LOG.error("could not write the audit entry {} {}: {}", action, outcome, e.getMessage());
        }
    }

    @Override
    public List<AuditEntry> list(Caller caller, Long beforeId, int limit) {
        if (!caller.admin()) {
            throw new AdminRequiredException();
        }
        return log.page(beforeId, Math.max(1, Math.min(MAX_PAGE, limit)));
    }
}
