package org.wanotify.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.ApplyTemplateStatusUseCase;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.RefreshTemplateStatusesUseCase;
import org.wanotify.application.port.in.SyncTemplatesUseCase;
import org.wanotify.application.port.in.TemplateNotFoundException;
import org.wanotify.application.port.in.TemplateStatusUpdate;
import org.wanotify.application.port.in.TemplateSyncResult;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.CreatedTemplate;
import org.wanotify.application.port.out.RemoteTemplate;
import org.wanotify.application.port.out.TemplateGateway;
import org.wanotify.application.port.out.TemplateGatewayException;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateStatus;

/**
 * Keeps the registry and Meta in step: sync (create and import), the periodic status refresh, and status webhooks.
 * The three share the store, the gateway and the rule for recording a status, hence one service.
 */
public final class TemplateSyncService implements SyncTemplatesUseCase, RefreshTemplateStatusesUseCase, ApplyTemplateStatusUseCase {
    /** Orders recording a create answer against a status webhook for the same template: the later one sees the earlier. */
    private final Object statusLock = new Object();
    private static final Logger LOG = LoggerFactory.getLogger(TemplateSyncService.class);

    private final AccountDirectory accounts;
    private final TemplateStore store;
    private final TemplateGateway gateway;
    private final TemplateCreationLimiter limiter;
    private final Clock clock;

    public TemplateSyncService(AccountDirectory accounts, TemplateStore store, TemplateGateway gateway,
                               TemplateCreationLimiter limiter, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.gateway = gateway;
        this.limiter = limiter;
        this.clock = clock;
    }

    @Override
    public TemplateSyncResult sync(Caller caller, String account, String name) {
        Account a = TemplateAccounts.resolve(accounts, caller, account);
        requireWaba(a);
        Map<String, RemoteTemplate> remote = new LinkedHashMap<>();
        for (RemoteTemplate r : gateway.list(a)) {
            if (name == null || name.equals(r.name())) {
                remote.put(key(r.name(), r.language()), r);
            }
        }
        List<Template> local = name == null ? store.list(a.name()) : store.findByName(a.name(), name);
        if (name != null && local.isEmpty() && remote.isEmpty()) {
            throw new TemplateNotFoundException("template", "no template '" + name + "' here or on Meta");
        }
        List<String> created = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Instant now = clock.instant();
        for (Template t : local) {
            String label = t.name() + "/" + t.language();
            RemoteTemplate r = remote.remove(key(t.name(), t.language()));
            if (r != null) {
                if (record(t, r, now)) {
                    updated.add(label);
                }
            } else if (t.metaId() != null && t.status() != TemplateStatus.DRAFT) {
                // it was on Meta and no longer is
                if (t.status() != TemplateStatus.DELETED) {
                    store.save(t.withStatus(null, TemplateStatus.DELETED, null, now));
                    updated.add(label);
                }
            } else if (!limiter.tryAcquire(a.name())) {
                deferred.add(label);
            } else {
                try {
                    CreatedTemplate c = gateway.create(a, t.definition());
                    // Meta's status webhook can outrun the answer to the create request: a status recorded
                    // meanwhile is newer than the answer's, so it is kept.
                    synchronized (statusLock) {
                        Template current = store.find(a.name(), t.name(), t.language()).orElse(t);
                        boolean webhookFirst = current.status() != TemplateStatus.DRAFT;
                        store.save(current.withStatus(c.metaId(),
                                webhookFirst ? current.status() : c.status() == null ? TemplateStatus.PENDING : c.status(),
                                webhookFirst ? current.rejectionReason() : null, now));
                    }
                    created.add(label);
                } catch (TemplateGatewayException e) {
                    LOG.warn("Meta refused template {} of account {}: {}", label, a.name(), e.getMessage());
                    failed.add(label + ": " + e.getMessage());
                }
            }
        }
        for (RemoteTemplate r : remote.values()) {
            String label = r.name() + "/" + r.language();
            if (r.definition() == null) {
                failed.add(label + ": not imported; its components use features wanotify does not model");
                continue;
            }
            store.save(new Template(a.name(), r.definition(), r.metaId(), r.status() == null ? TemplateStatus.PENDING : r.status(),
                    null, null).withStatus(r.metaId(), r.status() == null ? TemplateStatus.PENDING : r.status(), r.reason(), now));
            imported.add(label);
        }
        LOG.info("template sync of account {}: {} created, {} imported, {} updated, {} deferred, {} failed", a.name(),
                created.size(), imported.size(), updated.size(), deferred.size(), failed.size());
        return new TemplateSyncResult(a.name(), created, imported, updated, deferred, failed);
    }

    @Override
    public int refresh() {
        int changed = 0;
        for (Account a : accounts.all()) {
            if (a.wabaId() == null) {
                continue;
            }
            try {
                Map<String, RemoteTemplate> remote = new LinkedHashMap<>();
                gateway.list(a).forEach(r -> remote.put(key(r.name(), r.language()), r));
                for (Template t : store.list(a.name())) {
                    RemoteTemplate r = remote.get(key(t.name(), t.language()));
                    if (r != null && record(t, r, clock.instant())) {
                        changed++;
                    }
                }
            } catch (TemplateGatewayException e) {
                LOG.warn("template status refresh of account {} failed: {}", a.name(), e.getMessage());
            }
        }
        return changed;
    }

    @Override
    public int apply(List<TemplateStatusUpdate> updates) {
        int changed = 0;
        for (TemplateStatusUpdate u : updates) {
            Optional<TemplateStatus> status = TemplateStatus.fromMeta(u.event());
            Optional<Account> account = accounts.all().stream().filter(a -> Objects.equals(a.wabaId(), u.wabaId())).findFirst();
            if (status.isEmpty() || account.isEmpty() || u.name() == null) {
                LOG.info("template event {} for {} of WABA {} ignored", u.event(), u.name(), u.wabaId());
                continue;
            }
            synchronized (statusLock) {
                Optional<Template> template = store.findByName(account.get().name(), u.name()).stream()
                        .filter(t -> Objects.equals(t.metaId(), u.metaTemplateId())
                                || (u.language() != null && key(t.name(), t.language()).equals(key(u.name(), u.language()))))
                        .findFirst();
                if (template.isEmpty()) {
                    LOG.info("template event {} for unknown template {} ({}) ignored; a sync imports it", u.event(), u.name(), u.language());
                    continue;
                }
                store.save(template.get().withStatus(u.metaTemplateId(), status.get(), u.reason(), clock.instant()));
                LOG.info("template {} ({}) of account {} is now {}", u.name(), template.get().language(), account.get().name(), status.get());
            }
            changed++;
        }
        return changed;
    }

    /** Records Meta's view of {@code t}; true when the status, reason or id changed. */
    private boolean record(Template t, RemoteTemplate r, Instant now) {
        TemplateStatus status = r.status() == null ? t.status() : r.status();
        Template next = t.withStatus(r.metaId(), status, r.reason(), now);
        boolean changed = next.status() != t.status() || !Objects.equals(next.rejectionReason(), t.rejectionReason())
                || !Objects.equals(next.metaId(), t.metaId());
        store.save(next);
        return changed;
    }

    private static void requireWaba(Account a) {
        if (a.wabaId() == null) {
            throw new InvalidFieldException("account", "account '" + a.name()
                    + "' has no WhatsApp Business Account id; set WHATSAPP_BUSINESS_ID to manage templates");
        }
    }

    /** Meta writes languages both as en_US and en-US. */
    private static String key(String name, String language) {
        return name + "/" + (language == null ? "" : language.replace('-', '_').toLowerCase(Locale.ROOT));
    }
}
