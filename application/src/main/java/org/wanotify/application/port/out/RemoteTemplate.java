package org.wanotify.application.port.out;

import org.wanotify.domain.template.TemplateDefinition;
import org.wanotify.domain.template.TemplateStatus;

/**
 * A template as Meta lists it.
 *
 * @param status     null when Meta reports a status wanotify does not track
 * @param definition null when Meta's components use features wanotify cannot model (it is then not imported)
 */
public record RemoteTemplate(String metaId, String name, String language, TemplateStatus status, String reason,
                             TemplateDefinition definition) {
}
