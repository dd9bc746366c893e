package org.wanotify.application.port.in;

import java.util.Optional;

/** Makes sure an admin API key exists at start-up. */
public interface IssueAdminKeyUseCase {
    /**
     * Registers {@code configuredKey} (from the environment) when given; otherwise, when no admin key
     * exists yet, creates one and returns it — the only time it is ever visible.
     */
    Optional<String> ensureAdminKey(String configuredKey);
}
