package org.wanotify.application.port.out;

import java.util.List;
import java.util.Optional;
import org.wanotify.domain.account.Account;

/** The accounts wanotify can send as, and whether each is paused. */
public interface AccountDirectory {
    Optional<Account> find(String name);

    Optional<Account> findByPhoneNumberId(String phoneNumberId);

    List<Account> all();

    /** Stops sending for {@code name} after an account-level error; its messages stay queued. */
    void pause(String name, String reason);

    /** Lets a paused account send again. */
    void resume(String name);
}
