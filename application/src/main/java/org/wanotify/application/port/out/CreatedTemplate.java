package org.wanotify.application.port.out;

import org.wanotify.domain.template.TemplateStatus;

/** Meta's answer to a template creation: its id and first status (usually PENDING). */
public record CreatedTemplate(String metaId, TemplateStatus status) {
}
