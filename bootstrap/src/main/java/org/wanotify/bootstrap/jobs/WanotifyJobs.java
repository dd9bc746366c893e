package org.wanotify.bootstrap.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.CheckPausedAccountsUseCase;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.in.RecoverMessagesUseCase;

/**
 * The methods JobRunr runs (JobRunr stores class, method and arguments, and calls them through its activator). Each
 * is a trigger only: the messages table decides what is due, so a job that runs twice or late does no harm.
 */
public final class WanotifyJobs {
    private static final Logger LOG = LoggerFactory.getLogger(WanotifyJobs.class);

    private final DispatchMessagesUseCase dispatcher;
    private final CheckPausedAccountsUseCase pausedAccounts;
    private final RecoverMessagesUseCase recovery;

    public WanotifyJobs(DispatchMessagesUseCase dispatcher, CheckPausedAccountsUseCase pausedAccounts, RecoverMessagesUseCase recovery) {
        this.dispatcher = dispatcher;
        this.pausedAccounts = pausedAccounts;
        this.recovery = recovery;
    }

    /** A retry of {@code messageId} is due: the account's dispatcher claims it (and anything else due) now. */
    public void retryDue(String account, String messageId, int attempt) {
        LOG.debug("retry of {} (attempt {}) is due", messageId, attempt);
        dispatcher.wake(account);
    }

    /** Probes paused accounts and resumes those that work again. */
    public void checkPausedAccounts() {
        pausedAccounts.checkPausedAccounts();
    }

    /** Re-arms due messages whose trigger was lost and releases messages stuck in {@code sending}. */
    public void sweep() {
        recovery.sweep();
    }
}
