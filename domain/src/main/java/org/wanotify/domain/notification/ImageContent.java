package org.wanotify.domain.notification;

import org.wanotify.domain.InvalidFieldException;

/** An image by link or uploaded media id, with an optional caption. */
public record ImageContent(MediaSource source, String caption) implements MessageContent {
    public ImageContent {
        java.util.Objects.requireNonNull(source, "source");
        InvalidFieldException.requireMaxLength("image.caption", caption, 1024);
    }

    @Override
    public String type() {
        return "image";
    }
}
