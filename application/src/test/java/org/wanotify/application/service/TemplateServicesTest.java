package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.TemplateRefusedException;
import org.wanotify.application.port.in.TemplateStatusUpdate;
import org.wanotify.application.port.in.TemplateSyncResult;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.template.OneTimePassword;
import org.wanotify.domain.template.ParameterFormat;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateCategory;
import org.wanotify.domain.template.TemplateDefinition;
import org.wanotify.domain.template.TemplateParameters;
import org.wanotify.domain.template.TemplateStatus;

/** Registry, guard and sync against in-memory fakes of the store and of Meta. */
class TemplateServicesTest {
    private final InMemoryAccounts accounts = new InMemoryAccounts(List.of(Fixtures.account("default", "100000000000001")));
    private final InMemoryTemplateStore store = new InMemoryTemplateStore();
    private final FakeTemplateGateway meta = new FakeTemplateGateway();
    private final TemplateRegistryService registry = new TemplateRegistryService(accounts, store);
    private final TemplateSyncService sync = new TemplateSyncService(accounts, store, meta, new TemplateCreationLimiter(Fixtures.CLOCK), Fixtures.CLOCK);
    private final TemplateGuard guard = new TemplateGuard(store);

    static TemplateDefinition wifi(String name) {
        Map<String, String> examples = new LinkedHashMap<>();
        examples.put("buyer_name", "Amina");
        examples.put("plan", "daily");
        return new TemplateDefinition(name, "en", TemplateCategory.UTILITY, ParameterFormat.NAMED, null,
                "Hi {{buyer_name}}, your plan {{plan}} is active.", new TemplateParameters.Named(examples), null, List.of(), false, null);
    }

    private static TemplateContent send(String name, Map<String, String> parameters) {
        return new TemplateContent(name, "en", new TemplateParameters.Named(parameters), null);
    }

    @Test
    void syncCreatesDraftsRecordsPendingAndImportsMetaOnlyTemplates() {
        registry.define(Fixtures.ADMIN, null, wifi("wifi_credentials"));
        meta.remote.add(new org.wanotify.application.port.out.RemoteTemplate("77", "from_meta", "en", TemplateStatus.APPROVED, null, wifi("from_meta")));
        TemplateSyncResult result = sync.sync(Fixtures.ADMIN, null, null);
        assertEquals(List.of("wifi_credentials/en"), result.created());
        assertEquals(List.of("from_meta/en"), result.imported());
        Template t = store.find("default", "wifi_credentials", "en").orElseThrow();
        assertEquals(TemplateStatus.PENDING, t.status());
        assertEquals("91", t.metaId());
        assertEquals(TemplateStatus.APPROVED, store.find("default", "from_meta", "en").orElseThrow().status());
        assertTrue(sync.sync(Fixtures.ADMIN, null, null).created().isEmpty(), "a second sync creates nothing again");
    }

    @Test
    void syncDefersCreationsBeyondMetasHourlyLimit() {
        TemplateSyncService limited = new TemplateSyncService(accounts, store, meta, new TemplateCreationLimiter(Fixtures.CLOCK, 1), Fixtures.CLOCK);
        registry.define(Fixtures.ADMIN, null, wifi("first_one"));
        registry.define(Fixtures.ADMIN, null, wifi("second_one"));
        TemplateSyncResult result = limited.sync(Fixtures.ADMIN, null, null);
        assertEquals(List.of("first_one/en"), result.created());
        assertEquals(List.of("second_one/en"), result.deferred());
        assertEquals(TemplateStatus.DRAFT, store.find("default", "second_one", "en").orElseThrow().status());
    }

    @Test
    void refusedCreationIsReportedAndTheTemplateStaysDraft() {
        registry.define(Fixtures.ADMIN, null, wifi("wifi_credentials"));
        meta.refuse = "Content in this language already exists";
        TemplateSyncResult result = sync.sync(Fixtures.ADMIN, null, "wifi_credentials");
        assertTrue(result.failed().get(0).contains("already exists"));
        assertEquals(TemplateStatus.DRAFT, store.find("default", "wifi_credentials", "en").orElseThrow().status());
    }

    @Test
    void refreshAndWebhookRecordStatusAndReason() {
        registry.define(Fixtures.ADMIN, null, wifi("wifi_credentials"));
        sync.sync(Fixtures.ADMIN, null, null);
        meta.set("wifi_credentials", TemplateStatus.APPROVED, null);
        assertEquals(1, sync.refresh());
        assertEquals(0, sync.refresh(), "nothing changed the second time");
        assertEquals(TemplateStatus.APPROVED, store.find("default", "wifi_credentials", "en").orElseThrow().status());
        assertEquals(1, sync.apply(List.of(new TemplateStatusUpdate("200000000000001", "91", "wifi_credentials", "en", "rejected", "INVALID_FORMAT"),
                new TemplateStatusUpdate("999", "91", "wifi_credentials", "en", "APPROVED", null))));
        Template t = store.find("default", "wifi_credentials", "en").orElseThrow();
        assertEquals(TemplateStatus.REJECTED, t.status());
        assertEquals("INVALID_FORMAT", t.rejectionReason());
    }

    @Test
    void guardRefusesUnapprovedAndMismatchedSendsAndPassesUnknownOnes() {
        registry.define(Fixtures.ADMIN, null, wifi("wifi_credentials"));
        TemplateRefusedException draft = assertThrows(TemplateRefusedException.class,
                () -> guard.check("default", send("wifi_credentials", Map.of("buyer_name", "A", "plan", "p")), "template"));
        assertTrue(draft.getMessage().contains("DRAFT"), draft.getMessage());
        store.save(store.find("default", "wifi_credentials", "en").orElseThrow().withStatus("1", TemplateStatus.APPROVED, null, Fixtures.CLOCK.instant()));
        guard.check("default", send("wifi_credentials", Map.of("buyer_name", "A", "plan", "p")), "template");
        TemplateRefusedException wrong = assertThrows(TemplateRefusedException.class,
                () -> guard.check("default", send("wifi_credentials", Map.of("buyer_name", "A", "colour", "red")), "fallback_template"));
        assertEquals(List.of("fallback_template.parameters.plan", "fallback_template.parameters.colour"),
                wrong.problems().stream().map(p -> p.field()).toList());
        guard.check("default", send("only_on_meta", Map.of("x", "y")), "template");
        guard.check("default", new TemplateContent("wifi_credentials", "en", null, new OneTimePassword("123456").components()), "template");
        assertThrows(TemplateRefusedException.class, () -> guard.check("default",
                new TemplateContent("wifi_credentials", "sw", null, null), "template"));
    }

    @Test
    void clientKeysUseOnlyTheirOwnAccountsRegistry() {
        assertThrows(AccountForbiddenException.class, () -> registry.define(Fixtures.SHOP_A, "default", wifi("wifi_credentials")));
    }
}
