package org.wanotify.application.port.in;

/** Probes every paused account and resumes those that work again. */
public interface CheckPausedAccountsUseCase {
    /** Returns how many accounts were resumed. */
    int checkPausedAccounts();
}
