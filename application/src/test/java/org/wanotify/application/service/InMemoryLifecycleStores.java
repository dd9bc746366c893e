package org.wanotify.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.application.port.out.CallbackSecretStore;
import org.wanotify.application.port.out.InboundMessageStore;
import org.wanotify.application.port.out.ParkedStatus;
import org.wanotify.application.port.out.ParkedStatusStore;
import org.wanotify.application.port.out.StoredWebhookEvent;
import org.wanotify.application.port.out.WebhookEventStore;
import org.wanotify.domain.conversation.ConversationWindow;
import org.wanotify.domain.conversation.InboundMessage;
import org.wanotify.domain.recipient.Recipient;

/** In-memory fakes of the small lifecycle ports, for service tests. */
final class InMemoryLifecycleStores {
    private InMemoryLifecycleStores() {
    }

    static final class Events implements WebhookEventStore {
        final Map<Long, StoredWebhookEvent> pending = new LinkedHashMap<>();
        final List<Long> applied = new ArrayList<>();
        private long next = 1;

        @Override
        public synchronized void append(String payload, Instant receivedAt) {
            long id = next++;
            pending.put(id, new StoredWebhookEvent(id, payload, receivedAt));
        }

        @Override
        public synchronized List<StoredWebhookEvent> unapplied(int limit) {
            return pending.values().stream().limit(limit).toList();
        }

        @Override
        public synchronized void markApplied(long id, Instant at) {
            pending.remove(id);
            applied.add(id);
        }
    }

    static final class Parked implements ParkedStatusStore {
        final Map<Long, ParkedStatus> rows = new LinkedHashMap<>();
        private long next = 1;

        @Override
        public void park(StatusUpdate update, Instant now) {
            long id = next++;
            rows.put(id, new ParkedStatus(id, update, now));
        }

        @Override
        public List<ParkedStatus> oldest(int limit) {
            return rows.values().stream().limit(limit).toList();
        }

        @Override
        public void remove(long id) {
            rows.remove(id);
        }

        @Override
        public int removeParkedBefore(Instant cutoff) {
            List<Long> old = rows.values().stream().filter(p -> p.parkedAt().isBefore(cutoff)).map(ParkedStatus::id).toList();
            old.forEach(rows::remove);
            return old.size();
        }
    }

    static final class Inbound implements InboundMessageStore {
        final Map<String, InboundMessage> messages = new LinkedHashMap<>();

        @Override
        public boolean record(InboundMessage m) {
            return messages.putIfAbsent(m.wamid(), m) == null;
        }

        @Override
        public ConversationWindow window(String account, Recipient customer) {
            ConversationWindow w = ConversationWindow.none();
            for (InboundMessage m : messages.values()) {
                if (m.account().equals(account) && m.from().equals(customer)) {
                    w = w.extendedBy(m.sentAt());
                }
            }
            return w;
        }

        /** A customer of {@code account} wrote at {@code at}. */
        void wrote(String account, String e164, Instant at) {
            record(new InboundMessage(account, new Recipient(e164), "wamid.in." + messages.size(), "text", "hi", at, at));
        }
    }

    static final class Secrets implements CallbackSecretStore {
        final Map<String, String> secrets = new LinkedHashMap<>();

        @Override
        public Optional<String> find(String account) {
            return Optional.ofNullable(secrets.get(account));
        }

        @Override
        public void put(String account, String secret) {
            secrets.put(account, secret);
        }
    }
}
