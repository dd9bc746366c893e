package org.wanotify.application.port.in;

/**
 * One {@code message_template_status_update} webhook event.
 *
 * @param wabaId the WhatsApp Business Account ({@code entry[].id}); the event carries no phone number id
 * @param event  Meta's event, e.g. APPROVED, REJECTED, PAUSED
 * @param reason Meta's reason (REJECTED), or null
 */
public record TemplateStatusUpdate(String wabaId, String metaTemplateId, String name, String language, String event,
                                   String reason) {
}
