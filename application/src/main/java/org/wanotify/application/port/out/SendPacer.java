package org.wanotify.application.port.out;

import org.wanotify.domain.account.Account;

/** Keeps each sending number under its messages-per-second limit. */
public interface SendPacer {
    /** Blocks until {@code account}'s number may send one more message now. */
    void acquire(Account account) throws InterruptedException;
}
