package org.wanotify.application.port.in;

import java.util.List;
import java.util.Optional;
import org.wanotify.domain.account.Account;

/** Admin: create, read, change (and rotate the token of) and delete sending accounts. */
public interface ManageAccountsUseCase {
    Account create(Caller caller, String name, AccountChanges fields);

    List<Account> list(Caller caller);

    Optional<Account> get(Caller caller, String name);

    /** Applies {@code changes}; a new access token takes effect for the next send and resumes a paused account. */
    Optional<Account> update(Caller caller, String name, AccountChanges changes);

    /** Deletes the stored account; false when there is none. */
    boolean delete(Caller caller, String name);
}
