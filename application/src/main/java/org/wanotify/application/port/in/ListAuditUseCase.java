package org.wanotify.application.port.in;

import java.util.List;
import org.wanotify.application.port.out.AuditEntry;

/** Admin: read the audit trail, newest first. */
public interface ListAuditUseCase {
    List<AuditEntry> list(Caller caller, Long beforeId, int limit);
}
