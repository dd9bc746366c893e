package org.wanotify.application.port.out;

import java.util.List;
import java.util.Optional;
import org.wanotify.domain.account.Account;

/** The accounts wanotify can send as. */
public interface AccountDirectory {
    Optional<Account> find(String name);

    Optional<Account> findByPhoneNumberId(String phoneNumberId);

    List<Account> all();
}
