package org.wanotify.domain.template;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a template stands with Meta. {@code DRAFT} is wanotify's own: defined here, not yet created on Meta.
 * Only {@code APPROVED} templates can be sent.
 */
public enum TemplateStatus {
    DRAFT, PENDING, APPROVED, REJECTED, PAUSED, DISABLED, IN_APPEAL, PENDING_DELETION, DELETED, LIMIT_EXCEEDED,
    ARCHIVED, LOCKED;

    public boolean sendable() {
        return this == APPROVED;
    }

    /**
     * The status a Meta status value or webhook event means, compared case-insensitively (Meta's docs write
     * some in lower case). {@code REINSTATED} means approved again; events that say nothing about sendability
     * ({@code FLAGGED}, {@code UNARCHIVED}) and unknown ones give empty, so the stored status stays.
     */
    public static Optional<TemplateStatus> fromMeta(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.equals("REINSTATED")) {
            return Optional.of(APPROVED);
        }
        if (v.equals("DRAFT")) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
