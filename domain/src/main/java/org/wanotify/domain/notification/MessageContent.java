package org.wanotify.domain.notification;

/** What a message says: exactly one of the kinds WhatsApp can carry. */
public sealed interface MessageContent permits TextContent, TemplateContent, DocumentContent, ImageContent, InteractiveContent {
    /** The Cloud API message type ({@code text}, {@code template}, ...). */
    String type();

    /** True for kinds Meta only delivers inside the 24-hour customer-service window. */
    default boolean isFreeForm() {
        return !(this instanceof TemplateContent);
    }
}
