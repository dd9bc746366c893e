package org.wanotify.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.wanotify.application.port.out.AuditEntry;
import org.wanotify.application.port.out.AuditLog;

/** The audit trail in table {@code audit_log}. */
public final class AuditJdbiAdapter implements AuditLog {
    private final Jdbi jdbi;
    private final Database database;

    public AuditJdbiAdapter(Database database) {
        this.jdbi = database.jdbi();
        this.database = database;
    }

    @Override
    public void append(AuditEntry e) {
        // one row per Graph call: on the send path, so it joins the shared group commit
        database.write("writing the audit log", h -> h.createUpdate("INSERT INTO audit_log (at, actor, account, action, target, outcome)"
                        + " VALUES (:at, :actor, :account, :action, :target, :outcome)")
                .bind("at", e.at().toEpochMilli()).bind("actor", e.actor()).bind("account", e.account())
                .bind("action", e.action()).bind("target", e.target()).bind("outcome", e.outcome()).execute());
    }

    @Override
    public List<AuditEntry> page(Long beforeId, int limit) {
        return run("reading the audit log", h -> h.createQuery("SELECT id, at, actor, account, action, target, outcome FROM audit_log"
                        + (beforeId == null ? "" : " WHERE id < :before") + " ORDER BY id DESC LIMIT :limit")
                .bind("before", beforeId).bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"),
                        rs.getString("account"), rs.getString("action"), rs.getString("target"), rs.getString("outcome")))
                .list());
    }

    private <T> T run(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
