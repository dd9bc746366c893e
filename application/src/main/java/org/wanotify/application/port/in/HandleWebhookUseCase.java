package org.wanotify.application.port.in;

import java.util.List;
import java.util.Optional;

/** Meta's webhook: the subscription handshake, the signature check, and applying what it reports. */
public interface HandleWebhookUseCase {
    /** The challenge to echo when {@code mode} is subscribe and {@code token} matches an account's verify token. */
    Optional<String> verifySubscription(String mode, String token, String challenge);

    /**
     * True when {@code signatureHeader} ({@code sha256=<hex>}) is the HMAC-SHA256 of {@code rawBody}
     * with the app secret of the account the payload is for ({@code phoneNumberIds} of its changes).
     */
    boolean isAuthentic(byte[] rawBody, String signatureHeader, List<String> phoneNumberIds);

    /** Applies statuses; a duplicate or a late one changes nothing. Returns how many changed a message. */
    int applyStatuses(List<StatusUpdate> updates);

    /**
     * True when {@code signatureHeader} matches {@code rawBody} under the app secret of the accounts of
     * {@code wabaIds} ({@code entry[].id}), for events that carry no phone number id (template status updates).
     */
    default boolean isAuthenticForWabas(byte[] rawBody, String signatureHeader, List<String> wabaIds) {
        return isAuthentic(rawBody, signatureHeader, List.of());
    }

    /** Applies {@code message_template_status_update} events; returns how many changed a template. */
    default int applyTemplateStatuses(List<TemplateStatusUpdate> updates) {
        return 0;
    }
}
