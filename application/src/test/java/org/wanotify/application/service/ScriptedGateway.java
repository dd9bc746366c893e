package org.wanotify.application.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.wanotify.application.port.out.OutboundMessage;
import org.wanotify.application.port.out.SendOutcome;
import org.wanotify.application.port.out.WhatsAppGateway;
import org.wanotify.domain.account.Account;

/** A gateway that answers from a script (then accepts everything) and records what it was asked to send. */
final class ScriptedGateway implements WhatsAppGateway {
    private final Deque<SendOutcome> script = new ArrayDeque<>();
    final List<String> sentWithTokens = Collections.synchronizedList(new ArrayList<>());
    final List<OutboundMessage> requests = Collections.synchronizedList(new ArrayList<>());

    ScriptedGateway then(SendOutcome outcome) {
        script.add(outcome);
        return this;
    }

    @Override
    public synchronized CompletableFuture<SendOutcome> send(Account account, OutboundMessage message) {
        requests.add(message);
        sentWithTokens.add(account.accessToken().reveal());
        SendOutcome next = script.poll();
        return CompletableFuture.completedFuture(next != null ? next
                : new SendOutcome.Accepted("wamid." + message.id().value(), message.to().waId()));
    }
}
