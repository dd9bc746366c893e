package org.wanotify.application.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.ApplyTemplateStatusUseCase;
import org.wanotify.application.port.in.HandleWebhookUseCase;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.application.port.in.TemplateStatusUpdate;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.application.port.out.ParkedStatus;
import org.wanotify.application.port.out.ParkedStatusStore;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.Notification;

/** Checks Meta's webhook signature and applies the statuses it reports, forward only. */
public final class HandleWebhookService implements HandleWebhookUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(HandleWebhookService.class);
    private static final String PREFIX = "sha256=";

    private final AccountDirectory accounts;
    private final MessageStore store;
    private final OutcomeWaiters waiters;
    private final Clock clock;
    private final ApplyTemplateStatusUseCase templateStatuses;
    private final ParkedStatusStore parked;

    public HandleWebhookService(AccountDirectory accounts, MessageStore store, OutcomeWaiters waiters, Clock clock) {
        this(accounts, store, waiters, clock, updates -> 0, null);
    }

    /**
     * With template status updates applied by {@code templateStatuses}, and, with {@code parked}, a status
     * that matches no message yet kept and applied once the message is known.
     */
    public HandleWebhookService(AccountDirectory accounts, MessageStore store, OutcomeWaiters waiters, Clock clock,
                                ApplyTemplateStatusUseCase templateStatuses, ParkedStatusStore parked) {
        this.templateStatuses = templateStatuses;
        this.parked = parked;
        this.accounts = accounts;
        this.store = store;
        this.waiters = waiters;
        this.clock = clock;
    }

    @Override
    public Optional<String> verifySubscription(String mode, String token, String challenge) {
        if (!"subscribe".equals(mode) || token == null || challenge == null) {
            return Optional.empty();
        }
        boolean matches = accounts.all().stream()
                .anyMatch(a -> a.webhookVerifyToken() != null && a.webhookVerifyToken().matches(token));
        return matches ? Optional.of(challenge) : Optional.empty();
    }

    @Override
    public boolean isAuthentic(byte[] rawBody, String signatureHeader, List<String> phoneNumberIds) {
        if (signatureHeader == null || !signatureHeader.startsWith(PREFIX)) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(signatureHeader.substring(PREFIX.length()).trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        List<Account> candidates = phoneNumberIds.isEmpty() ? accounts.all()
                : phoneNumberIds.stream().distinct().map(accounts::findByPhoneNumberId)
                        .flatMap(Optional::stream).toList();
        return signedByAll(candidates, rawBody, presented);
    }

    private static boolean signedByAll(List<Account> candidates, byte[] rawBody, byte[] presented) {
        if (candidates.isEmpty()) {
            return false;
        }
        for (Account account : candidates) {
            if (account.appSecret() == null) {
                LOG.warn("webhook for account {} refused: no app secret configured (set WHATSAPP_APP_SECRET)", account.name());
                return false;
            }
            if (!MessageDigest.isEqual(hmac(account.appSecret().reveal(), rawBody), presented)) {
                return false;
            }
        }
        return true;
    }

    // --- templates (issue 5): template status events are routed by WABA id, as they carry no phone number id
    @Override
    public boolean isAuthenticForWabas(byte[] rawBody, String signatureHeader, List<String> wabaIds) {
        if (wabaIds.isEmpty() || signatureHeader == null || !signatureHeader.startsWith(PREFIX)) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(signatureHeader.substring(PREFIX.length()).trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        List<Account> candidates = accounts.all().stream().filter(a -> wabaIds.contains(a.wabaId())).toList();
        return signedByAll(candidates, rawBody, presented);
    }

    @Override
    public int applyTemplateStatuses(List<TemplateStatusUpdate> updates) {
        return templateStatuses.apply(updates);
    }
    // --- end templates

    /** HMAC-SHA256 of {@code body} with {@code key}, as Meta computes X-Hub-Signature-256. */
    static byte[] hmac(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public int applyStatuses(List<StatusUpdate> updates) {
        int changed = 0;
        for (StatusUpdate update : updates) {
            Optional<Boolean> result = apply(update);
            if (result.isEmpty()) {
                park(update);
            } else if (result.get()) {
                changed++;
            }
        }
        return changed;
    }

    private void park(StatusUpdate update) {
        if (parked == null) {
            LOG.info("status {} for unknown message {} ignored", update.status().wireName(), update.wamid());
            return;
        }
        LOG.debug("status {} for unknown message {} parked until the message is known", update.status().wireName(), update.wamid());
        parked.park(update, clock.instant());
    }

    /**
     * Applies parked statuses whose message is known now and drops those parked longer than {@code maxAge}
     * (statuses of messages another app on the same WABA sent). Returns how many found their message.
     */
    public int applyParked(Duration maxAge) {
        if (parked == null) {
            return 0;
        }
        parked.removeParkedBefore(clock.instant().minus(maxAge));
        int found = 0;
        for (ParkedStatus p : parked.oldest(500)) {
            // a read first: most sweeps find nothing, and apply() would take a write transaction per status
            if (store.findByWhatsAppId(p.update().wamid()).isPresent() && apply(p.update()).isPresent()) {
                parked.remove(p.id());
                found++;
            }
        }
        return found;
    }

    /** Empty when no message matches; else whether the status changed it. */
    private Optional<Boolean> apply(StatusUpdate update) {
        Instant now = clock.instant();
        boolean[] changed = {false};
        Optional<Notification> result = update.wamid() == null ? Optional.empty()
                : store.updateByWhatsAppId(update.wamid(), n -> changed[0] = n.applyReported(update.status(), update.timestamp(), update.error(), now));
        if (result.isEmpty() && MessageId.isValid(update.callbackData())) {
            // The send's answer was not recorded yet (or the process died before it was): match by our own id.
            result = store.update(new MessageId(update.callbackData()), n -> {
                if (n.whatsappMessageId() == null && update.wamid() != null) {
                    n.learnWhatsAppId(update.wamid());
                }
                changed[0] = n.applyReported(update.status(), update.timestamp(), update.error(), now);
            });
        }
        if (result.isEmpty()) {
            return Optional.empty();
        }
        Notification n = result.get();
        if (changed[0] && n.status().isOutcome()) {
            waiters.completed(n.id());
        }
        return Optional.of(changed[0]);
    }
}
