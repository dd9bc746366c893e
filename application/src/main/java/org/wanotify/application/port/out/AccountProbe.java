package org.wanotify.application.port.out;

import java.util.Optional;
import org.wanotify.domain.account.Account;

/** Asks Meta cheaply whether an account's token and phone number work, without sending anything. */
public interface AccountProbe {
    /** Empty when the account works; otherwise what is still wrong (never containing the token). */
    Optional<String> problem(Account account);
}
