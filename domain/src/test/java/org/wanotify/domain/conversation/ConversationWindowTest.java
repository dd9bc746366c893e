package org.wanotify.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;

class ConversationWindowTest {
    private static final Instant WROTE = Instant.parse("2026-11-21T10:00:00Z");
    private static final TextContent TEXT = new TextContent("hi", false);
    private static final TemplateContent FALLBACK = new TemplateContent("wifi_credentials", "en", null, null);

    @Test
    void isOpenForTwentyFourHoursAfterTheCustomersLastMessage() {
        ConversationWindow w = new ConversationWindow(WROTE);
        assertTrue(w.isOpenAt(WROTE.plus(Duration.ofHours(23))));
        assertFalse(w.isOpenAt(WROTE.plus(Duration.ofHours(24))));
        assertEquals(WROTE.plus(Duration.ofHours(24)), w.expiresAt());
    }

    @Test
    void neverOpenWhenTheCustomerNeverWrote() {
        assertFalse(ConversationWindow.none().isOpenAt(WROTE));
        assertNull(ConversationWindow.none().expiresAt());
    }

    @Test
    void aNewerMessageExtendsItAndALateOlderOneDoesNot() {
        ConversationWindow w = new ConversationWindow(WROTE);
        assertEquals(WROTE.plusSeconds(60), w.extendedBy(WROTE.plusSeconds(60)).lastInboundAt());
        assertSame(w, w.extendedBy(WROTE.minusSeconds(60)));
    }

    @Test
    void policiesChooseWhatToSendOutsideTheWindow() {
        ConversationWindow closed = ConversationWindow.none();
        assertSame(FALLBACK, WindowPolicy.FALLBACK.choose(TEXT, FALLBACK, closed, WROTE));
        assertSame(TEXT, WindowPolicy.FALLBACK.choose(TEXT, null, closed, WROTE));
        assertSame(FALLBACK, WindowPolicy.ENFORCE.choose(TEXT, FALLBACK, closed, WROTE));
        assertThrows(OutsideWindowException.class, () -> WindowPolicy.ENFORCE.choose(TEXT, null, closed, WROTE));
        assertSame(TEXT, WindowPolicy.OFF.choose(TEXT, FALLBACK, closed, WROTE));
        assertSame(TEXT, WindowPolicy.ENFORCE.choose(TEXT, null, new ConversationWindow(WROTE), WROTE.plusSeconds(5)));
        assertEquals(WindowPolicy.ENFORCE, WindowPolicy.fromConfig("enforce"));
    }
}
