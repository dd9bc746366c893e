package org.wanotify.domain.template;

import java.time.Instant;
import java.util.Objects;
import org.wanotify.domain.InvalidFieldException;

/**
 * A message template of one account as wanotify knows it: its definition and where it stands with Meta.
 *
 * @param metaId          Meta's template id once created or imported; null before
 * @param rejectionReason Meta's reason when REJECTED (or PAUSED/DISABLED), else null
 * @param lastSyncedAt    when wanotify last learnt the status from Meta; null if never
 */
public record Template(String account, TemplateDefinition definition, String metaId, TemplateStatus status,
                       String rejectionReason, Instant lastSyncedAt) {
    public Template {
        InvalidFieldException.requireText("account", account, 64);
        Objects.requireNonNull(definition, "definition");
        status = status == null ? TemplateStatus.DRAFT : status;
    }

    /** A template defined here and not yet created on Meta. */
    public static Template draft(String account, TemplateDefinition definition) {
        return new Template(account, definition, null, TemplateStatus.DRAFT, null, null);
    }

    public String name() {
        return definition.name();
    }

    public String language() {
        return definition.language();
    }

    /** The same template with a status learnt from Meta at {@code at}; the reason is kept only where it explains. */
    public Template withStatus(String newMetaId, TemplateStatus newStatus, String reason, Instant at) {
        String id = newMetaId != null ? newMetaId : metaId;
        boolean explained = newStatus == TemplateStatus.REJECTED || newStatus == TemplateStatus.PAUSED
                || newStatus == TemplateStatus.DISABLED;
        String keptReason = explained && reason != null && !reason.isBlank() && !reason.equalsIgnoreCase("NONE") ? reason : null;
        return new Template(account, definition, id, newStatus, keptReason, at);
    }

    /** A new definition for the same name and language; its Meta state is kept. */
    public Template redefined(TemplateDefinition newDefinition) {
        return new Template(account, newDefinition, metaId, status, rejectionReason, lastSyncedAt);
    }
}
