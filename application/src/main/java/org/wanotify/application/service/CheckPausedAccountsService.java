package org.wanotify.application.service;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.CheckPausedAccountsUseCase;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.AccountProbe;
import org.wanotify.domain.account.Account;

/** Resumes paused accounts whose token and number answer again (e.g. Meta lifted a block, or a payment was fixed). */
public final class CheckPausedAccountsService implements CheckPausedAccountsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(CheckPausedAccountsService.class);

    private final AccountDirectory accounts;
    private final AccountProbe probe;
    private final DispatchMessagesUseCase dispatcher;

    public CheckPausedAccountsService(AccountDirectory accounts, AccountProbe probe, DispatchMessagesUseCase dispatcher) {
        this.accounts = accounts;
        this.probe = probe;
        this.dispatcher = dispatcher;
    }

    @Override
    public int checkPausedAccounts() {
        int resumed = 0;
        for (Account account : accounts.all()) {
            if (!account.isPaused()) {
                continue;
            }
            Optional<String> problem = probe.problem(account);
            if (problem.isEmpty()) {
                accounts.resume(account.name());
                dispatcher.wake(account.name());
                resumed++;
            } else {
                LOG.info("account {} stays paused: {}", account.name(), problem.get());
            }
        }
        return resumed;
    }
}
