package org.wanotify.application.service;

import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.AccountNotFoundException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.domain.account.Account;

/** Resolves the account a template request is about and checks that the caller may use it. */
final class TemplateAccounts {
    private TemplateAccounts() {
    }

    static Account resolve(AccountDirectory accounts, Caller caller, String requested) {
        String name = requested == null || requested.isBlank() ? SendMessageService.DEFAULT_ACCOUNT : requested;
        Account account = accounts.find(name)
                .orElseThrow(() -> new AccountNotFoundException("account", "account '" + name + "' does not exist"));
        if (caller != null && !caller.mayUse(account.name())) {
            throw new AccountForbiddenException("account", "this API key may not use account '" + account.name() + "'");
        }
        return account;
    }
}
