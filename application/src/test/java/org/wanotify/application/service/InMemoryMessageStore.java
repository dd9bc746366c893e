package org.wanotify.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.wanotify.application.port.out.DuplicateIdempotencyKeyException;
import org.wanotify.application.port.out.IdempotencyRecord;
import org.wanotify.application.port.out.MessagePage;
import org.wanotify.application.port.out.MessageQuery;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;

/** A MessageStore in a map, for service tests; every method is synchronized like one database writer. */
final class InMemoryMessageStore implements MessageStore {
    private final Map<MessageId, Notification> messages = new LinkedHashMap<>();
    private final Map<String, IdempotencyRecord> keys = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Notification n, IdempotencyRecord key) {
        if (key != null) {
            if (keys.containsKey(key.scope() + "/" + key.key())) {
                throw new DuplicateIdempotencyKeyException(key.scope());
            }
            keys.put(key.scope() + "/" + key.key(), key);
        }
        messages.put(n.id(), n);
    }

    @Override
    public synchronized Optional<Notification> find(MessageId id) {
        return Optional.ofNullable(messages.get(id));
    }

    @Override
    public synchronized Optional<Notification> findByWhatsAppId(String wamid) {
        return messages.values().stream().filter(n -> wamid.equals(n.whatsappMessageId())).findFirst();
    }

    @Override
    public synchronized Optional<IdempotencyRecord> findIdempotencyKey(String scope, String key) {
        return Optional.ofNullable(keys.get(scope + "/" + key));
    }

    @Override
    public synchronized Optional<Notification> update(MessageId id, Consumer<Notification> change) {
        Optional<Notification> n = find(id);
        n.ifPresent(change);
        return n;
    }

    @Override
    public synchronized Optional<Notification> updateByWhatsAppId(String wamid, Consumer<Notification> change) {
        Optional<Notification> n = findByWhatsAppId(wamid);
        n.ifPresent(change);
        return n;
    }

    @Override
    public synchronized List<Notification> claimDue(String account, Instant now, int limit) {
        List<Notification> due = messages.values().stream()
                .filter(n -> n.account().equals(account))
                .filter(n -> n.status() == MessageStatus.QUEUED || n.status() == MessageStatus.SCHEDULED)
                .filter(n -> !n.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(n -> n.id().value())).limit(limit).toList();
        due.forEach(n -> n.startAttempt(now));
        return due;
    }

    @Override
    public synchronized List<Notification> holdInDoubt(Instant claimedBefore, java.time.Duration grace, Instant now) {
        List<Notification> held = messages.values().stream()
                .filter(n -> n.status() == MessageStatus.SENDING && n.updatedAt().isBefore(claimedBefore))
                .sorted(Comparator.comparing(n -> n.id().value())).toList();
        held.forEach(n -> n.retryAt(n.updatedAt().plus(grace), null, now));
        return held;
    }

    @Override
    public synchronized MessagePage list(MessageQuery q) {
        List<Notification> all = new ArrayList<>(messages.values().stream()
                .filter(n -> q.accounts() == null || q.accounts().contains(n.account()))
                .filter(n -> q.status() == null || n.status() == q.status())
                .filter(n -> q.to() == null || n.to().e164().equals(q.to()))
                .filter(n -> q.afterId() == null || n.id().value().compareTo(q.afterId()) < 0)
                .sorted(Comparator.comparing((Notification n) -> n.id().value()).reversed()).toList());
        boolean more = all.size() > q.limit();
        List<Notification> page = all.subList(0, Math.min(q.limit(), all.size()));
        return new MessagePage(page, more ? page.get(page.size() - 1).id().value() : null);
    }

    @Override
    public boolean isHealthy() {
        return true;
    }
}
