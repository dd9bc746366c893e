package org.wanotify.domain.notification;

import java.util.Map;
import org.wanotify.domain.InvalidFieldException;

/** An interactive message (reply buttons, list) given in Meta's own {@code interactive} shape. */
public record InteractiveContent(Map<String, Object> interactive) implements MessageContent {
    public InteractiveContent {
        if (interactive == null || interactive.isEmpty()) {
            throw new InvalidFieldException("interactive", "must be a non-empty object in Meta's interactive shape");
        }
        Object kind = interactive.get("type");
        if (!(kind instanceof String s) || s.isBlank()) {
            throw new InvalidFieldException("interactive.type", "is required (button, list, cta_url, ...)");
        }
        interactive = Map.copyOf(interactive);
    }

    @Override
    public String type() {
        return "interactive";
    }
}
