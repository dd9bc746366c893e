package org.wanotify.application.port.in;

import java.util.Optional;

/** Turns a presented API key into a caller, if the key is known and not revoked. */
public interface AuthenticateUseCase {
    Optional<Caller> authenticate(String presentedKey);
}
