package org.wanotify.application.port.in;

/** The backstop for lost webhooks: asks Meta for every account's template statuses and records changes. */
public interface RefreshTemplateStatusesUseCase {
    /** Returns how many templates changed status; an account Meta cannot answer for is logged and skipped. */
    int refresh();
}
