package org.wanotify.application.service;

import java.time.Clock;
import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.AccountNotFoundException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.Conversation;
import org.wanotify.application.port.in.GetConversationUseCase;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.InboundMessageStore;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.conversation.ConversationWindow;
import org.wanotify.domain.recipient.Recipient;

/** Answers whether a customer's 24-hour window is open, from the inbound messages stored. */
public final class GetConversationService implements GetConversationUseCase {
    private final AccountDirectory accounts;
    private final InboundMessageStore store;
    private final Clock clock;

    public GetConversationService(AccountDirectory accounts, InboundMessageStore store, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Conversation get(Caller caller, String accountName, String phone) {
        String name = accountName == null || accountName.isBlank() ? SendMessageService.DEFAULT_ACCOUNT : accountName;
        Account account = accounts.find(name)
                .orElseThrow(() -> new AccountNotFoundException("account", "account '" + name + "' does not exist"));
        if (!caller.mayUse(account.name())) {
            throw new AccountForbiddenException("account", "this API key may not use account '" + account.name() + "'");
        }
        Recipient customer = account.phonePolicy().recipientFor(phone);
        ConversationWindow window = store.window(account.name(), customer);
        return new Conversation(account.name(), customer.e164(), window.isOpenAt(clock.instant()), window.expiresAt(),
                window.lastInboundAt());
    }
}
