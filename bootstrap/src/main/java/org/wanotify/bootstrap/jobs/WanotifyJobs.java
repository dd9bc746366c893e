package org.wanotify.bootstrap.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.CheckPausedAccountsUseCase;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.in.PurgeExpiredMessagesUseCase;
import org.wanotify.application.port.in.RecoverMessagesUseCase;
import org.wanotify.application.port.in.RefreshTemplateStatusesUseCase;

/**
 * The methods JobRunr runs (JobRunr stores class, method and arguments, and calls them through its activator). Each
 * is a trigger only: the messages table decides what is due, so a job that runs twice or late does no harm.
 */
public final class WanotifyJobs {
    private static final Logger LOG = LoggerFactory.getLogger(WanotifyJobs.class);

    private final DispatchMessagesUseCase dispatcher;
    private final CheckPausedAccountsUseCase pausedAccounts;
    private final RecoverMessagesUseCase recovery;
    private final RefreshTemplateStatusesUseCase templates;
    private final PurgeExpiredMessagesUseCase retention;
    private final Runnable callbacks;

    /**
     * @param callbacks delivers the client callbacks that are due (the outbox decides which)
     */
    public WanotifyJobs(DispatchMessagesUseCase dispatcher, CheckPausedAccountsUseCase pausedAccounts, RecoverMessagesUseCase recovery,
                        RefreshTemplateStatusesUseCase templates, PurgeExpiredMessagesUseCase retention, Runnable callbacks) {
        this.dispatcher = dispatcher;
        this.pausedAccounts = pausedAccounts;
        this.recovery = recovery;
        this.templates = templates;
        this.retention = retention;
        this.callbacks = callbacks;
    }

    /** Fetches template statuses from Meta, the backstop for lost template webhooks. */
    public void refreshTemplates() {
        templates.refresh();
    }

    /** Purges messages, events and inbound messages older than the retention period. */
    public void purgeExpired() {
        retention.purge();
    }

    /** A client callback retry is due: deliver everything due in the outbox. */
    public void deliverCallbacks() {
        callbacks.run();
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
