package org.wanotify.application.port.out;

import java.util.Optional;

/** The secret each account signs its client callbacks with. */
public interface CallbackSecretStore {
    Optional<String> find(String account);

    void put(String account, String secret);
}
