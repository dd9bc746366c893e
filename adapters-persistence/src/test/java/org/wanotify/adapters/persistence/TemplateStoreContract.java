package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateCategory;
import org.wanotify.domain.template.TemplateDefinition;
import org.wanotify.domain.template.ParameterFormat;
import org.wanotify.domain.template.TemplateParameters;
import org.wanotify.domain.template.TemplateStatus;

/** What every {@link TemplateStore} must do; run against SQLite and PostgreSQL. */
abstract class TemplateStoreContract {
    protected abstract TemplateStore newStore();

    static TemplateDefinition wifi(String language) {
        return new TemplateDefinition("wifi_credentials", language, TemplateCategory.UTILITY, ParameterFormat.NAMED, null,
                "Hi {{buyer_name}}, login {{username}} / {{password}} for {{plan}}.",
                new TemplateParameters.Named(Map.of("buyer_name", "Amina", "username", "u1", "password", "p1", "plan", "daily")),
                "Thanks", List.of(), false, null);
    }

    @Test
    void savesAndReadsBackTheWholeTemplate() {
        TemplateStore store = newStore();
        Template t = Template.draft("default", wifi("en"));
        store.save(t);
        assertEquals(t, store.find("default", "wifi_credentials", "en").orElseThrow());
        assertTrue(store.find("other", "wifi_credentials", "en").isEmpty());
    }

    @Test
    void saveReplacesStatusOfTheSameNameAndLanguage() {
        TemplateStore store = newStore();
        Template draft = Template.draft("default", wifi("en"));
        store.save(draft);
        Instant at = Instant.ofEpochMilli(1_750_000_000_000L);
        store.save(draft.withStatus("594425479261596", TemplateStatus.REJECTED, "INVALID_FORMAT", at));
        Template stored = store.find("default", "wifi_credentials", "en").orElseThrow();
        assertEquals(TemplateStatus.REJECTED, stored.status());
        assertEquals("INVALID_FORMAT", stored.rejectionReason());
        assertEquals("594425479261596", stored.metaId());
        assertEquals(at, stored.lastSyncedAt());
        assertEquals(1, store.list("default").size());
    }

    @Test
    void listsByNameAcrossLanguagesInOrder() {
        TemplateStore store = newStore();
        store.save(Template.draft("default", wifi("sw")));
        store.save(Template.draft("default", wifi("en")));
        assertEquals(List.of("en", "sw"), store.findByName("default", "wifi_credentials").stream().map(Template::language).toList());
        assertTrue(store.findByName("default", "nope").isEmpty());
        assertNull(store.list("default").get(0).metaId());
    }
}
