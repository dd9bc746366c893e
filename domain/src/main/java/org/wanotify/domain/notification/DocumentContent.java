package org.wanotify.domain.notification;

import org.wanotify.domain.InvalidFieldException;

/** A document (an invoice PDF, say) by link or uploaded media id, with an optional file name and caption. */
public record DocumentContent(MediaSource source, String filename, String caption) implements MessageContent {
    public DocumentContent {
        java.util.Objects.requireNonNull(source, "source");
        InvalidFieldException.requireMaxLength("document.filename", filename, 240);
        InvalidFieldException.requireMaxLength("document.caption", caption, 1024);
    }

    @Override
    public String type() {
        return "document";
    }
}
