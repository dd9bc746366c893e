package org.wanotify.application.service;

import java.time.Clock;
import org.wanotify.application.port.in.AccountNotFoundException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.in.GetMessageUseCase;
import org.wanotify.application.port.in.ResendMessageUseCase;
import org.wanotify.application.port.in.SendMessageResult;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.IdGenerator;
import org.wanotify.application.port.out.MessageMaintenance;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.template.TemplateParameters;

/** Queues a copy of a stored message under a new id; refuses messages whose content was redacted after sending. */
public final class ResendMessageService implements ResendMessageUseCase {
    private final GetMessageUseCase messages;
    private final AccountDirectory accounts;
    private final MessageStore store;
    private final MessageMaintenance maintenance;
    private final IdGenerator ids;
    private final DispatchMessagesUseCase dispatcher;
    private final Clock clock;

    public ResendMessageService(GetMessageUseCase messages, AccountDirectory accounts, MessageStore store,
                                MessageMaintenance maintenance, IdGenerator ids, DispatchMessagesUseCase dispatcher, Clock clock) {
        this.messages = messages;
        this.accounts = accounts;
        this.store = store;
        this.maintenance = maintenance;
        this.ids = ids;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public SendMessageResult resend(Caller caller, String id) {
        Notification original = messages.get(caller, id);
        if (accounts.find(original.account()).isEmpty()) {
            throw new AccountNotFoundException("account", "account '" + original.account() + "' no longer exists");
        }
        if (hasSecrets(original)) {
            throw new InvalidFieldException("id", "message " + id + " carried sensitive values that are redacted after sending;"
                    + " send it again with POST /v1/messages");
        }
        Notification copy = Notification.resendOf(original, ids.newMessageId(), clock.instant());
        store.insert(copy, null);
        dispatcher.wake(copy.account());
        return new SendMessageResult(copy, false, false);
    }

    private boolean hasSecrets(Notification n) {
        if (maintenance != null && maintenance.isMarkedSensitive(n.id())) {
            return true;
        }
        return n.content() instanceof TemplateContent t && t.parameters() instanceof TemplateParameters.Named named
                && named.values().keySet().stream().anyMatch(SensitiveContent.SENSITIVE_NAMES::contains);
    }
}
