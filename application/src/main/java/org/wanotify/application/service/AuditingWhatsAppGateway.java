package org.wanotify.application.service;

import java.util.concurrent.CompletableFuture;
import org.wanotify.application.port.out.OutboundMessage;
import org.wanotify.application.port.out.SendOutcome;
import org.wanotify.application.port.out.WhatsAppGateway;
import org.wanotify.domain.account.Account;

/** Writes one audit entry per Graph API call (account, endpoint, outcome, masked number) around the real gateway. */
public final class AuditingWhatsAppGateway implements WhatsAppGateway {
    private final WhatsAppGateway gateway;
    private final Auditor audit;

    public AuditingWhatsAppGateway(WhatsAppGateway gateway, Auditor audit) {
        this.gateway = gateway;
        this.audit = audit;
    }

    @Override
    public CompletableFuture<SendOutcome> send(Account account, OutboundMessage message) {
        String endpoint = "POST /" + account.apiVersion() + "/" + account.phoneNumberId() + "/messages";
        return gateway.send(account, message).whenComplete((outcome, error) ->
                audit.append("dispatcher", account.name(), endpoint, message.to().masked() + " " + message.id().value(), outcome(outcome, error)));
    }

    private static String outcome(SendOutcome outcome, Throwable error) {
        if (outcome instanceof SendOutcome.Accepted) {
            return "accepted";
        }
        if (outcome instanceof SendOutcome.Rejected r) {
            return "rejected " + r.httpStatus() + " code " + r.code();
        }
        if (outcome instanceof SendOutcome.Unreachable u) {
            return "unreachable";
        }
        return "error " + (error == null ? "none" : error.getClass().getSimpleName());
    }
}
