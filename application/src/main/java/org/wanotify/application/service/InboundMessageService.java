package org.wanotify.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.InboundMessageStore;
import org.wanotify.application.port.out.ReceivedMessage;
import org.wanotify.domain.DomainException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.conversation.InboundMessage;
import org.wanotify.domain.recipient.Recipient;

/** Stores the messages customers send to our numbers; each opens or extends that customer's 24-hour window. */
public final class InboundMessageService {
    private static final Logger LOG = LoggerFactory.getLogger(InboundMessageService.class);

    private final AccountDirectory accounts;
    private final InboundMessageStore store;
    private final Clock clock;

    public InboundMessageService(AccountDirectory accounts, InboundMessageStore store, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.clock = clock;
    }

    /** Records each message once (by wamid); returns how many were new. */
    public int record(List<ReceivedMessage> messages) {
        int stored = 0;
        for (ReceivedMessage m : messages) {
            Optional<Account> account = m.phoneNumberId() == null ? Optional.empty() : accounts.findByPhoneNumberId(m.phoneNumberId());
            if (account.isEmpty()) {
                LOG.info("inbound message {} for unknown phone number id {} ignored", m.wamid(), m.phoneNumberId());
                continue;
            }
            Recipient from;
            try {
                from = new Recipient("+" + m.from());
            } catch (DomainException e) {
                LOG.info("inbound message {} from an unreadable number ignored", m.wamid());
                continue;
            }
            if (store.record(new InboundMessage(account.get().name(), from, m.wamid(), m.type(), m.text(), m.timestamp(), clock.instant()))) {
                stored++;
            }
        }
        return stored;
    }
}
