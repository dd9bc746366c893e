package org.wanotify.application.port.out;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which target, and how it ended. Never holds a
 * secret; phone numbers in {@code target} are masked.
 *
 * @param actor   the API key id and name for admin actions, {@code dispatcher} for Graph calls
 * @param action  e.g. {@code account.create}, {@code graph.send}
 * @param outcome e.g. {@code ok}, {@code 403}, {@code meta:131026}
 */
public record AuditEntry(long id, Instant at, String actor, String account, String action, String target,
                         String outcome) {
}
