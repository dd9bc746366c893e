package org.wanotify.domain.conversation;

import java.time.Instant;
import java.util.Locale;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;

/** What to do with a free-form message when no 24-hour window is known to be open ({@code WANOTIFY_WINDOW_POLICY}). */
public enum WindowPolicy {
    /** Send the fallback template when one is given, else send as asked (Meta may refuse it with 131047). */
    FALLBACK,
    /** Send the fallback template when one is given, else refuse the request. */
    ENFORCE,
    /** Never look at the window. */
    OFF;

    public static WindowPolicy fromConfig(String value) {
        return value == null ? FALLBACK : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** True when the window must be looked up before deciding what to send {@code content} as. */
    public boolean appliesTo(MessageContent content) {
        return this != OFF && content.isFreeForm();
    }

    /**
     * The content to send: {@code content} itself inside an open window (or for templates, or when the policy
     * is off), else {@code fallback} when given.
     *
     * @throws OutsideWindowException under {@link #ENFORCE} when the window is closed and there is no fallback
     */
    public MessageContent choose(MessageContent content, TemplateContent fallback, ConversationWindow window, Instant now) {
        if (!appliesTo(content) || window.isOpenAt(now)) {
            return content;
        }
        if (fallback != null) {
            return fallback;
        }
        if (this == ENFORCE) {
            throw new OutsideWindowException(content.type());
        }
        return content;
    }
}
