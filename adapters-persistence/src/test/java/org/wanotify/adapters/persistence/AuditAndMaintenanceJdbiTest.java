package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.application.port.out.AuditEntry;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.recipient.Recipient;
import org.wanotify.domain.template.TemplateParameters;

class AuditAndMaintenanceJdbiTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path dir;
    Database database;
    MessageJdbiAdapter messages;
    MessageMaintenanceJdbiAdapter maintenance;
    AuditJdbiAdapter audit;

    @BeforeEach
    void open() {
        database = Database.open(PersistenceConfig.of("jdbc:sqlite:" + dir.resolve("w.db")));
        messages = new MessageJdbiAdapter(database);
        maintenance = new MessageMaintenanceJdbiAdapter(database);
        audit = new AuditJdbiAdapter(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Notification stored(int n, Instant at) {
        Notification m = Notification.queue(MessageId.fromUlid(String.format("01JD%022d", n)), "default", new Recipient("+255781588379"),
                new TemplateContent("wifi", "en", new TemplateParameters.Named(Map.of("password", "pass456")), null), Map.of(), null, null, at);
        messages.insert(m, null);
        return m;
    }

    @Test
    void auditPagesNewestFirstWithACursor() {
        for (int i = 0; i < 5; i++) {
            audit.append(new AuditEntry(0, T0.plusSeconds(i), "key_1 (admin)", "shop-a", "account.update", "shop-a", "ok " + i));
        }
        List<AuditEntry> first = audit.page(null, 3);
        assertEquals(List.of("ok 4", "ok 3", "ok 2"), first.stream().map(AuditEntry::outcome).toList());
        List<AuditEntry> rest = audit.page(first.get(2).id(), 3);
        assertEquals(List.of("ok 1", "ok 0"), rest.stream().map(AuditEntry::outcome).toList());
    }

    @Test
    void replacesContentAndRemembersSensitiveMarks() {
        Notification m = stored(1, T0);
        assertFalse(maintenance.isMarkedSensitive(m.id()));
        maintenance.markSensitive(m.id());
        assertTrue(maintenance.isMarkedSensitive(m.id()));
        maintenance.replaceContent(m.id(), new TemplateContent("wifi", "en", new TemplateParameters.Named(Map.of("password", "***")), null));
        TemplateContent read = (TemplateContent) messages.find(m.id()).orElseThrow().content();
        assertEquals(Map.of("password", "***"), ((TemplateParameters.Named) read.parameters()).values());
    }

    @Test
    void purgesOldFinishedMessagesButKeepsWaitingOnes() {
        Notification old = stored(1, T0);
        Notification waiting = stored(2, T0);
        Notification recent = stored(3, T0.plus(Duration.ofDays(100)));
        messages.update(old.id(), n -> n.fail(new org.wanotify.domain.notification.SendError(131026, "t", "d", null, false, "h"), T0));
        maintenance.markSensitive(old.id());
        assertEquals(1, maintenance.purgeOlderThan(T0.plus(Duration.ofDays(10))));
        assertTrue(messages.find(old.id()).isEmpty());
        assertTrue(messages.find(waiting.id()).isPresent(), "queued messages are never purged");
        assertTrue(messages.find(recent.id()).isPresent());
    }
}
