package org.wanotify.domain.notification;

import org.wanotify.domain.InvalidFieldException;

/** A plain text message (at most 4096 characters, Meta's limit). */
public record TextContent(String body, boolean previewUrl) implements MessageContent {
    public static final int MAX_BODY = 4096;

    public TextContent {
        InvalidFieldException.requireText("text.body", body, MAX_BODY);
    }

    @Override
    public String type() {
        return "text";
    }
}
