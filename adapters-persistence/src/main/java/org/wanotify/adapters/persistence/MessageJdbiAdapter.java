package org.wanotify.adapters.persistence;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.wanotify.application.port.out.DuplicateIdempotencyKeyException;
import org.wanotify.application.port.out.IdempotencyRecord;
import org.wanotify.application.port.out.MessagePage;
import org.wanotify.application.port.out.MessageQuery;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.StatusCallbacks;
import org.wanotify.domain.notification.StatusEvent;

/** The message store on SQLite or PostgreSQL through JDBI. */
public final class MessageJdbiAdapter implements MessageStore {
    // Reads fetch a message and its events in one statement, so they see one consistent snapshot.
    private static final String JOINED = "SELECT " + NotificationRow.COLUMNS
            + ", e.status AS e_status, e.at AS e_at FROM messages m LEFT JOIN message_events e ON e.message_id = m.id ";
    private static final String ROWS = "SELECT " + NotificationRow.COLUMNS + " FROM messages m ";
    private static final String EVENTS = "SELECT message_id, status, at FROM message_events"
            + " WHERE message_id IN (<ids>) ORDER BY message_id, seq";
    private static final String INSERT_EVENT = "INSERT INTO message_events (message_id, seq, status, at)"
            + " VALUES (:messageId, :seq, :status, :at) ON CONFLICT (message_id, seq) DO NOTHING";
    // Issue 3: the client-callback outbox row is written with the event it reports, in the same transaction.
    private static final String INSERT_CALLBACK = "INSERT INTO callback_deliveries (message_id, seq, url, status, at,"
            + " next_attempt_at, created_at) VALUES (:messageId, :seq, :url, :status, :at, :now, :now)"
            + " ON CONFLICT (message_id, seq) DO NOTHING";
    private static final String INSERT_KEY = "INSERT INTO idempotency_keys (scope, idem_key, fingerprint, message_id, created_at)"
            + " VALUES (:scope, :key, :fingerprint, :messageId, :createdAt) ON CONFLICT (scope, idem_key) DO NOTHING";
    // Written exactly like messages_waiting_idx's predicate so both databases use that index.
    private static final String CLAIM = ROWS + "WHERE m.account = :account AND m.status IN ('queued', 'scheduled')"
            + " AND m.next_attempt_at <= :now ORDER BY m.id LIMIT :limit";
    // messages_status_idx (status, id) serves this; 'sending' rows are few except right after a crash.
    private static final String IN_DOUBT = ROWS + "WHERE m.status = 'sending' AND m.updated_at < :before ORDER BY m.id LIMIT :limit";
    private static final int IN_DOUBT_BATCH = 500;

    private final Jdbi jdbi;
    private final boolean sqlite;
    private final JsonCodec json = new JsonCodec();
    private final GroupCommit groupCommit;

    public MessageJdbiAdapter(Database database) {
        this(database.jdbi(), database.isSqlite(), database.groupCommit());
    }

    /** {@code sqlite} selects locking: SQLite's IMMEDIATE transactions serialise writers, PostgreSQL needs row locks. */
    public MessageJdbiAdapter(Jdbi jdbi, boolean sqlite) {
        this(jdbi, sqlite, sqlite ? new GroupCommit(jdbi) : null);
    }

    private MessageJdbiAdapter(Jdbi jdbi, boolean sqlite, GroupCommit groupCommit) {
        this.jdbi = jdbi;
        this.sqlite = sqlite;
        this.groupCommit = groupCommit;
    }

    @Override
    public void insert(Notification notification, IdempotencyRecord key) {
        inTransaction("storing a message", h -> {
            NotificationRow.of(notification, json).bindTo(h.createUpdate(NotificationRow.INSERT)).execute();
            appendEvents(h, List.of(notification), Map.of());
            // DO NOTHING instead of catching a constraint violation: the same code on both databases, and on
            // PostgreSQL it waits for a concurrent insert of the same key and then reports it as taken.
            if (key != null && h.createUpdate(INSERT_KEY).bind("scope", key.scope()).bind("key", key.key())
                    .bind("fingerprint", key.fingerprint()).bind("messageId", key.messageId().value())
                    .bind("createdAt", key.createdAt().toEpochMilli()).execute() == 0) {
                throw new DuplicateIdempotencyKeyException(key.scope());
            }
            return null;
        });
    }

    @Override
    public Optional<Notification> find(MessageId id) {
        return withHandle("reading a message", h -> first(readJoined(h, "WHERE m.id = :key", "m.id", id.value())));
    }

    @Override
    public Optional<Notification> findByWhatsAppId(String wamid) {
        return withHandle("reading a message",
                h -> first(readJoined(h, "WHERE m.whatsapp_message_id = :key", "m.id", wamid)));
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotencyKey(String scope, String key) {
        return withHandle("reading an idempotency key", h -> h.createQuery("SELECT fingerprint, message_id, created_at"
                        + " FROM idempotency_keys WHERE scope = :scope AND idem_key = :key")
                .bind("scope", scope).bind("key", key)
                .map((rs, ctx) -> new IdempotencyRecord(scope, key, rs.getString("fingerprint"),
                        new MessageId(rs.getString("message_id")), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .findOne());
    }

    @Override
    public Optional<Notification> update(MessageId id, Consumer<Notification> change) {
        return mutate("m.id", id.value(), change);
    }

    @Override
    public Optional<Notification> updateByWhatsAppId(String wamid, Consumer<Notification> change) {
        return mutate("m.whatsapp_message_id", wamid, change);
    }

    @Override
    public List<Notification> claimDue(String account, Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return inTransaction("claiming due messages", h -> {
            Map<String, Integer> stored = new HashMap<>();
            Query query = h.createQuery(CLAIM + (sqlite ? "" : " FOR UPDATE SKIP LOCKED"))
                    .bind("account", account).bind("now", now.toEpochMilli()).bind("limit", limit);
            List<Notification> claimed = loadLocked(h, query, stored);
            claimed.forEach(n -> n.startAttempt(now));
            save(h, claimed, stored);
            return claimed;
        });
    }

    @Override
    public List<Notification> holdInDoubt(Instant claimedBefore, Duration grace, Instant now) {
        List<Notification> held = new ArrayList<>();
        List<Notification> batch;
        do {
            // Short transactions in batches, so a crash in the middle of a big burst does not hold the write lock long.
            batch = inTransaction("holding in-doubt messages", h -> {
                Map<String, Integer> stored = new HashMap<>();
                Query query = h.createQuery(IN_DOUBT + (sqlite ? "" : " FOR UPDATE SKIP LOCKED"))
                        .bind("before", claimedBefore.toEpochMilli()).bind("limit", IN_DOUBT_BATCH);
                List<Notification> found = loadLocked(h, query, stored);
                found.forEach(n -> n.retryAt(n.updatedAt().plus(grace), null, now));
                save(h, found, stored);
                return found;
            });
            held.addAll(batch);
        } while (batch.size() == IN_DOUBT_BATCH);
        return held;
    }

    @Override
    public MessagePage list(MessageQuery query) {
        if (query.accounts() != null && query.accounts().isEmpty()) {
            return new MessagePage(List.of(), null);
        }
        int limit = Math.max(1, query.limit());
        StringBuilder filter = new StringBuilder("SELECT id FROM messages WHERE 1 = 1");
        if (query.accounts() != null) {
            filter.append(" AND account IN (<accounts>)");
        }
        if (query.status() != null) {
            filter.append(" AND status = :status");
        }
        if (query.to() != null) {
            filter.append(" AND to_number = :to");
        }
        if (query.afterId() != null) {
            filter.append(" AND id < :afterId");
        }
        // One row more than asked tells whether another page exists.
        filter.append(" ORDER BY id DESC LIMIT :limit");
        List<Notification> found = withHandle("listing messages", h -> {
            Query q = h.createQuery(JOINED + "WHERE m.id IN (" + filter + ") ORDER BY m.id DESC, e.seq");
            if (query.accounts() != null) {
                q.bindList("accounts", List.copyOf(query.accounts()));
            }
            if (query.status() != null) {
                q.bind("status", query.status().wireName());
            }
            if (query.to() != null) {
                q.bind("to", query.to());
            }
            if (query.afterId() != null) {
                q.bind("afterId", query.afterId());
            }
            q.bind("limit", limit + 1);
            return readJoined(q);
        });
        if (found.size() <= limit) {
            return new MessagePage(found, null);
        }
        List<Notification> page = found.subList(0, limit);
        return new MessagePage(page, page.get(limit - 1).id().value());
    }

    @Override
    public boolean isHealthy() {
        try {
            return withHandle("checking the database", h -> h.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Optional<Notification> mutate(String column, String key, Consumer<Notification> change) {
        return inTransaction("updating a message", h -> {
            Map<String, Integer> stored = new HashMap<>();
            // On PostgreSQL the row lock comes first and the events are read afterwards, in a later statement:
            // read in the same statement they would come from the snapshot taken before waiting for the lock.
            Query query = h.createQuery(ROWS + "WHERE " + column + " = :key" + (sqlite ? "" : " FOR UPDATE")).bind("key", key);
            List<Notification> found = loadLocked(h, query, stored);
            if (found.isEmpty()) {
                return Optional.<Notification>empty();
            }
            Notification notification = found.get(0);
            change.accept(notification);
            save(h, found, stored);
            return Optional.of(notification);
        });
    }

    private List<Notification> readJoined(Handle h, String where, String order, String key) {
        return readJoined(h.createQuery(JOINED + where + " ORDER BY " + order + ", e.seq").bind("key", key));
    }

    private List<Notification> readJoined(Query query) {
        return query.scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            Map<String, NotificationRow> rows = new LinkedHashMap<>();
            Map<String, List<StatusEvent>> events = new HashMap<>();
            while (rs.next()) {
                String id = rs.getString("id");
                if (!rows.containsKey(id)) {
                    rows.put(id, NotificationRow.read(rs));
                    events.put(id, new ArrayList<>());
                }
                String status = rs.getString("e_status");
                if (status != null) {
                    events.get(id).add(new StatusEvent(MessageStatus.fromWire(status), Instant.ofEpochMilli(rs.getLong("e_at"))));
                }
            }
            List<Notification> out = new ArrayList<>(rows.size());
            rows.values().forEach(row -> out.add(row.toNotification(events.get(row.id()), json)));
            return out;
        });
    }

    /** Rows from {@code query}, then all their events with one IN query; records how many events each had. */
    private List<Notification> loadLocked(Handle h, Query query, Map<String, Integer> stored) {
        List<NotificationRow> rows = query.map((rs, ctx) -> NotificationRow.read(rs)).list();
        if (rows.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, List<StatusEvent>> events = new HashMap<>();
        rows.forEach(row -> events.put(row.id(), new ArrayList<>()));
        h.createQuery(EVENTS).bindList("ids", List.copyOf(events.keySet())).scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            while (rs.next()) {
                events.get(rs.getString("message_id")).add(
                        new StatusEvent(MessageStatus.fromWire(rs.getString("status")), Instant.ofEpochMilli(rs.getLong("at"))));
            }
            return null;
        });
        List<Notification> out = new ArrayList<>(rows.size());
        for (NotificationRow row : rows) {
            List<StatusEvent> history = events.get(row.id());
            stored.put(row.id(), history.size());
            out.add(row.toNotification(history, json));
        }
        return out;
    }

    private void save(Handle h, List<Notification> notifications, Map<String, Integer> stored) {
        if (notifications.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(NotificationRow.UPDATE);
        notifications.forEach(n -> NotificationRow.of(n, json).bindTo(batch).add());
        batch.execute();
        appendEvents(h, notifications, stored);
    }

    /** Inserts each notification's events from index {@code stored} on; seq is the index in its history. */
    private void appendEvents(Handle h, List<Notification> notifications, Map<String, Integer> stored) {
        PreparedBatch batch = h.prepareBatch(INSERT_EVENT);
        PreparedBatch callbacks = h.prepareBatch(INSERT_CALLBACK);
        for (Notification n : notifications) {
            List<StatusEvent> events = n.events();
            for (int seq = stored.getOrDefault(n.id().value(), 0); seq < events.size(); seq++) {
                batch.bind("messageId", n.id().value()).bind("seq", seq).bind("status", events.get(seq).status().wireName())
                        .bind("at", events.get(seq).at().toEpochMilli()).add();
                if (n.callbackUrl() != null && StatusCallbacks.isReported(events.get(seq).status())) {
                    callbacks.bind("messageId", n.id().value()).bind("seq", seq).bind("url", n.callbackUrl())
                            .bind("status", events.get(seq).status().wireName()).bind("at", events.get(seq).at().toEpochMilli())
                            .bind("now", n.updatedAt().toEpochMilli()).add();
                }
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        if (callbacks.size() > 0) {
            callbacks.execute();
        }
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private <T> T inTransaction(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            // SQLite has one writer at a time: batch concurrent writes into shared commits (see GroupCommit).
            return sqlite ? groupCommit.write(callback) : jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }

    private <T> T withHandle(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
