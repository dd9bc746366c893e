package org.wanotify.application.port.out;

import java.util.Optional;
import org.wanotify.domain.account.Secret;

/** The secret each API key's client callbacks are signed with ({@code X-Wanotify-Signature}), kept encrypted. */
public interface ApiKeyCallbackSecretStore {
    void save(String apiKeyId, Secret secret);

    Optional<Secret> find(String apiKeyId);
}
