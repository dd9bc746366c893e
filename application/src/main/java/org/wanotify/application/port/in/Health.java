package org.wanotify.application.port.in;

import java.util.List;

/**
 * The service's state for {@code GET /health}.
 *
 * @param mode {@code sandbox} or {@code live}
 */
public record Health(String status, String mode, String db, List<AccountHealth> accounts) {
    /** One account's state ({@code active} or {@code paused}). */
    public record AccountHealth(String name, String state, String pausedReason) {
    }
}
