package org.wanotify.application.service;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.AccountChanges;
import org.wanotify.application.port.in.AccountConflictException;
import org.wanotify.application.port.in.AdminRequiredException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.ManageAccountsUseCase;
import org.wanotify.application.port.out.AccountStore;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;

/** Accounts through the API: stored with encrypted secrets, effective at once (the registry's cache is dropped on every write). */
public final class ManageAccountsService implements ManageAccountsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ManageAccountsService.class);

    private final AccountStore store;
    private final AccountRegistry registry;
    private final Auditor audit;
    private final String defaultApiVersion;
    private final int defaultMps;

    public ManageAccountsService(AccountStore store, AccountRegistry registry, Auditor audit, String defaultApiVersion, int defaultMps) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.defaultApiVersion = defaultApiVersion;
        this.defaultMps = defaultMps;
    }

    @Override
    public Account create(Caller caller, String name, AccountChanges fields) {
        requireAdmin(caller, "account.create", name);
        if (registry.isStored(name)) {
            audit.admin(caller, name, "account.create", name, "409 exists");
            throw new AccountConflictException("name", "account '" + name + "' already exists; change it with PATCH /v1/accounts/" + name);
        }
        Account account = fields.applyTo(name, null, defaultApiVersion, defaultMps);
        if (account.phoneNumberId() == null) {
            throw new InvalidFieldException("phone_number_id", "is required (the numeric id of the sending number in WhatsApp Manager)");
        }
        if (account.accessToken() == null) {
            throw new InvalidFieldException("access_token", "is required (a system-user token with whatsapp_business_messaging)");
        }
        checkPhoneNumberFree(account);
        store.save(account);
        registry.invalidate();
        if (registry.isConfigured(name)) {
            LOG.info("account {}: now using the one stored through the API instead of the environment's", name);
        }
        audit.admin(caller, name, "account.create", name, "ok");
        return registry.find(name).orElse(account);
    }

    @Override
    public List<Account> list(Caller caller) {
        requireAdmin(caller, "account.list", null);
        return registry.all();
    }

    @Override
    public Optional<Account> get(Caller caller, String name) {
        requireAdmin(caller, "account.read", name);
        return registry.find(name);
    }

    @Override
    public Optional<Account> update(Caller caller, String name, AccountChanges changes) {
        requireAdmin(caller, "account.update", name);
        Optional<Account> current = registry.find(name);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Account changed = changes.applyTo(name, current.get(), defaultApiVersion, defaultMps);
        boolean resumes = changes.rotatesToken() && changed.isPaused();
        if (resumes) {
            // a new token is the usual cure for the account-level error that paused it (expired or revoked token)
            changed = changed.withState(AccountState.ACTIVE, null);
        }
        checkPhoneNumberFree(changed);
        store.save(changed);
        registry.invalidate();
        if (changes.rotatesToken()) {
            LOG.info("account {}: access token rotated{}", name, resumes ? "; account resumed" : "");
        }
        audit.admin(caller, name, changes.rotatesToken() ? "account.rotate_token" : "account.update", name, "ok");
        return registry.find(name);
    }

    @Override
    public boolean delete(Caller caller, String name) {
        requireAdmin(caller, "account.delete", name);
        boolean deleted = store.delete(name);
        registry.invalidate();
        if (!deleted && registry.isConfigured(name)) {
            throw new AccountConflictException("name", "account '" + name + "' is defined by the environment; change its variables to remove it");
        }
        if (deleted && registry.isConfigured(name)) {
            LOG.info("account {}: stored account deleted; using the one defined by the environment again", name);
        }
        audit.admin(caller, name, "account.delete", name, deleted ? "ok" : "404");
        return deleted;
    }

    private void checkPhoneNumberFree(Account account) {
        registry.findByPhoneNumberId(account.phoneNumberId()).filter(other -> !other.name().equals(account.name()))
                .ifPresent(other -> {
                    throw new AccountConflictException("phone_number_id", "phone number id " + account.phoneNumberId()
                            + " is already used by account '" + other.name() + "'");
                });
    }

    private void requireAdmin(Caller caller, String action, String target) {
        if (!caller.admin()) {
            audit.admin(caller, target, action, target, "403");
            throw new AdminRequiredException();
        }
    }
}
