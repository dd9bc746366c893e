package org.wanotify.application.port.out;

import java.util.List;

/** The append-only audit trail of Graph API calls and admin actions. */
public interface AuditLog {
    /** Appends {@code entry} (its id is assigned by the store). */
    void append(AuditEntry entry);

    /** Up to {@code limit} entries with an id below {@code beforeId} (null = newest), newest first. */
    List<AuditEntry> page(Long beforeId, int limit);
}
