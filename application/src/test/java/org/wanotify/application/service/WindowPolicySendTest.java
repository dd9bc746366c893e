package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.domain.conversation.OutsideWindowException;
import org.wanotify.domain.conversation.WindowPolicy;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;

class WindowPolicySendTest {
    private static final String WROTE = "+255781588379";
    private static final String SILENT = "+255781588380";
    private static final TemplateContent FALLBACK = new TemplateContent("wifi_credentials", "en", null, null);

    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final InMemoryLifecycleStores.Inbound inbound = new InMemoryLifecycleStores.Inbound();

    WindowPolicySendTest() {
        inbound.wrote("default", WROTE, Fixtures.CLOCK.instant().minus(Duration.ofHours(23)));
        inbound.wrote("default", "+255781588381", Fixtures.CLOCK.instant().minus(Duration.ofHours(25)));
    }

    private SendMessageService service(WindowPolicy policy) {
        return new SendMessageService(new InMemoryAccounts(Fixtures.twoAccounts()), store, Fixtures.ids(), new DispatchMessagesUseCase() {
            @Override
            public void start() {
            }

            @Override
            public void wake(String account) {
            }

            @Override
            public void close() {
            }
        }, new OutcomeWaiters(), Fixtures.CLOCK, TemplateGuard.none(), policy, inbound, null);
    }

    private static SendMessageCommand text(String to, TemplateContent fallback) {
        return new SendMessageCommand(Fixtures.ADMIN, null, to, new TextContent("hi", false), fallback, Map.of(), null, null, null, Duration.ZERO);
    }

    @Test
    void fallbackPolicySendsTextInsideAnOpenWindow() {
        Notification n = service(WindowPolicy.FALLBACK).send(text(WROTE, FALLBACK)).message();
        assertEquals("text", n.type());
        assertNull(n.sentAs());
    }

    @Test
    void fallbackPolicySendsTheFallbackTemplateWhenNoWindowIsOpen() {
        Notification n = service(WindowPolicy.FALLBACK).send(text(SILENT, FALLBACK)).message();
        assertEquals("template", n.type());
        assertEquals("template", n.sentAs());
        assertEquals(FALLBACK, n.content());
        assertEquals("template", service(WindowPolicy.FALLBACK).send(text("+255781588381", FALLBACK)).message().sentAs(),
                "a window older than 24 hours is closed");
    }

    @Test
    void fallbackPolicyWithoutAFallbackSendsAsAsked() {
        Notification n = service(WindowPolicy.FALLBACK).send(text(SILENT, null)).message();
        assertEquals("text", n.type());
        assertNull(n.sentAs());
    }

    @Test
    void enforcePolicyRefusesFreeFormOutsideTheWindowWithoutAFallback() {
        OutsideWindowException e = assertThrows(OutsideWindowException.class, () -> service(WindowPolicy.ENFORCE).send(text(SILENT, null)));
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains("24 hours") && e.getMessage().contains("fallback_template"), e.getMessage());
        assertEquals("template", service(WindowPolicy.ENFORCE).send(text(SILENT, FALLBACK)).message().sentAs());
        assertEquals("text", service(WindowPolicy.ENFORCE).send(text(WROTE, null)).message().type());
    }

    @Test
    void offPolicyNeverLooksAtTheWindow() {
        Notification n = service(WindowPolicy.OFF).send(text(SILENT, FALLBACK)).message();
        assertEquals("text", n.type());
        assertNull(n.sentAs());
    }

    @Test
    void templatesAreNeverReplaced() {
        Notification n = service(WindowPolicy.ENFORCE).send(new SendMessageCommand(Fixtures.ADMIN, null, SILENT,
                new TemplateContent("order_update", "en", null, null), FALLBACK, Map.of(), null, null, null, Duration.ZERO)).message();
        assertEquals("order_update", ((TemplateContent) n.content()).name());
        assertNull(n.sentAs());
    }
}
