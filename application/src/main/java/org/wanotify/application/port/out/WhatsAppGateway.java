package org.wanotify.application.port.out;

import java.util.concurrent.CompletableFuture;
import org.wanotify.domain.account.Account;

/** Sends one message through Meta's Cloud API (or anything that answers like it). */
public interface WhatsAppGateway {
    /**
     * Sends {@code message} as {@code account}. The future never completes exceptionally: every
     * problem, including timeouts and refused connections, is a {@link SendOutcome}.
     */
    CompletableFuture<SendOutcome> send(Account account, OutboundMessage message);
}
