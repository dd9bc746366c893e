package org.wanotify.application.port.out;

import java.util.List;
import java.util.Optional;
import org.wanotify.domain.account.Account;

/** Accounts created or changed through the API, kept durably with their secrets encrypted. */
public interface AccountStore {
    Optional<Account> find(String name);

    List<Account> all();

    /** Inserts or replaces the account of that name. */
    void save(Account account);

    /** Returns false when no account of that name was stored. */
    boolean delete(String name);
}
