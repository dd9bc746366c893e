package org.wanotify.application.service;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.AccountNotFoundException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.in.IdempotencyConflictException;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.application.port.in.SendMessageResult;
import org.wanotify.application.port.in.SendMessageUseCase;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.DuplicateIdempotencyKeyException;
import org.wanotify.application.port.out.IdGenerator;
import org.wanotify.application.port.out.IdempotencyRecord;
import org.wanotify.application.port.out.InboundMessageStore;
import org.wanotify.application.port.out.MessageMaintenance;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.conversation.WindowPolicy;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.recipient.Recipient;

/** Validates a send request, stores it as queued (once per Idempotency-Key) and wakes the dispatcher. */
public final class SendMessageService implements SendMessageUseCase {
    public static final String DEFAULT_ACCOUNT = "default";

    private final AccountDirectory accounts;
    private final MessageStore store;
    private final IdGenerator ids;
    private final DispatchMessagesUseCase dispatcher;
    private final OutcomeWaiters waiters;
    private final Clock clock;
    private final TemplateGuard templates;
    private final WindowPolicy windowPolicy;
    private final InboundMessageStore windows;
    private final MessageMaintenance maintenance;

    public SendMessageService(AccountDirectory accounts, MessageStore store, IdGenerator ids,
                              DispatchMessagesUseCase dispatcher, OutcomeWaiters waiters, Clock clock) {
        this(accounts, store, ids, dispatcher, waiters, clock, TemplateGuard.none(), WindowPolicy.OFF, null, null);
    }

    /**
     * With the template registry's checks and the 24-hour window rule ({@code windows} says when each
     * customer last wrote; may be null when the policy is off), remembering messages sent with
     * {@code "sensitive": true} in {@code maintenance} (may be null) for their redaction.
     */
    public SendMessageService(AccountDirectory accounts, MessageStore store, IdGenerator ids,
                              DispatchMessagesUseCase dispatcher, OutcomeWaiters waiters, Clock clock,
                              TemplateGuard templates, WindowPolicy windowPolicy, InboundMessageStore windows,
                              MessageMaintenance maintenance) {
        this.maintenance = maintenance;
        this.templates = templates;
        this.windowPolicy = windowPolicy;
        this.windows = windows;
        this.accounts = accounts;
        this.store = store;
        this.ids = ids;
        this.dispatcher = dispatcher;
        this.waiters = waiters;
        this.clock = clock;
    }

    @Override
    public SendMessageResult send(SendMessageCommand command) {
        Caller caller = command.caller();
        String accountName = command.account() == null || command.account().isBlank() ? DEFAULT_ACCOUNT : command.account();
        Account account = accounts.find(accountName)
                .orElseThrow(() -> new AccountNotFoundException("account", "account '" + accountName + "' does not exist"));
        if (!caller.mayUse(account.name())) {
            throw new AccountForbiddenException("account", "this API key may not send as account '" + account.name() + "'");
        }
        if (command.idempotencyKey() != null) {
            Optional<SendMessageResult> replay = replay(caller, command);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        if (command.content() == null) {
            throw new InvalidFieldException("text", "give exactly one of text, template, document, image or interactive");
        }
        // --- templates (issue 5): known templates must be sendable and fit their parameters, before anything is queued
        templates.check(account.name(), command.content(), "template");
        if (command.fallbackTemplate() != null) {
            templates.check(account.name(), command.fallbackTemplate(), "fallback_template");
        }
        // --- end templates
        Recipient to = account.phonePolicy().recipientFor(command.to());
        account.checkRecipientAllowed(to);
        String callbackUrl = command.callbackUrl() != null ? command.callbackUrl() : caller.defaultCallbackUrl();
        MessageContent content = command.content();
        if (windowPolicy.appliesTo(content)) {
            content = windowPolicy.choose(content, command.fallbackTemplate(), windows.window(account.name(), to), clock.instant());
        }
        String sentAs = content != command.content() ? content.type() : null;
        Notification message = Notification.queue(ids.newMessageId(), account.name(), to, content,
                command.metadata(), callbackUrl, sentAs, clock.instant());
        IdempotencyRecord key = command.idempotencyKey() == null ? null
                : new IdempotencyRecord(caller.keyId(), command.idempotencyKey(), command.fingerprint(), message.id(), clock.instant());
        boolean wait = !command.waitFor().isZero();
        CompletableFuture<Void> registration = wait ? waiters.register(message.id()) : null;
        if (command.sensitive() && maintenance != null) {
            // marked before it is stored, so no dispatcher can send (and record) it unmarked
            maintenance.markSensitive(message.id());
        }
        try {
            store.insert(message, key);
        } catch (DuplicateIdempotencyKeyException race) {
            return replay(caller, command).orElseThrow(() -> race);
        }
        dispatcher.wake(account.name());
        if (!wait) {
            // Accepted and queued all the same: the message goes out once the account is resumed.
            return new SendMessageResult(message, false, false, account.isPaused()
                    ? "account '" + account.name() + "' is paused (" + account.pausedReason() + "); the message stays queued until it is resumed"
                    : null);
        }
        waiters.await(message.id(), registration, command.waitFor());
        return new SendMessageResult(store.find(message.id()).orElse(message), false, true);
    }

    private Optional<SendMessageResult> replay(Caller caller, SendMessageCommand command) {
        return store.findIdempotencyKey(caller.keyId(), command.idempotencyKey()).map(earlier -> {
            if (!earlier.fingerprint().equals(command.fingerprint())) {
                throw new IdempotencyConflictException("Idempotency-Key",
                        "this Idempotency-Key was already used with a different request body; use a new key for a new message");
            }
            Notification first = store.find(earlier.messageId()).orElseThrow(() -> new IllegalStateException(
                    "idempotency key points to missing message " + earlier.messageId()));
            return new SendMessageResult(first, true, false);
        });
    }
}
