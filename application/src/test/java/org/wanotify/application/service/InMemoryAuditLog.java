package org.wanotify.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wanotify.application.port.out.AuditEntry;
import org.wanotify.application.port.out.AuditLog;

/** AuditLog fake. */
final class InMemoryAuditLog implements AuditLog {
    final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry e) {
        entries.add(new AuditEntry(entries.size() + 1, e.at(), e.actor(), e.account(), e.action(), e.target(), e.outcome()));
    }

    @Override
    public synchronized List<AuditEntry> page(Long beforeId, int limit) {
        return entries.stream().filter(e -> beforeId == null || e.id() < beforeId)
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed()).limit(limit).toList();
    }

    synchronized List<String> actions() {
        return entries.stream().map(e -> e.action() + " " + e.outcome()).toList();
    }
}
