package org.wanotify.application.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.AccountStore;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;

/**
 * The accounts wanotify sends as: those stored through the API over those defined by the environment
 * (a stored account wins over a configured one of the same name), cached in memory and reloaded after
 * every write, because the dispatcher looks its account up for every batch.
 */
public final class AccountRegistry implements AccountDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRegistry.class);
    private volatile java.util.function.Consumer<String> onResume = name -> { };

    private final AccountStore store;
    private final Map<String, Account> configured = new ConcurrentHashMap<>();
    private volatile Map<String, Account> cache;
    /** Bumped by every invalidation, so a load that raced with a write does not cache what it read before. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public AccountRegistry(AccountStore store, List<Account> configuredAccounts) {
        this.store = store;
        configuredAccounts.forEach(a -> configured.put(a.name(), a));
        Map<String, Account> loaded = load();
        configured.keySet().forEach(name -> LOG.info(isStored(name)
                ? "account {}: using the one stored through the API; the environment's settings for it are ignored while it exists"
                : "account {}: using the one defined by the environment", name));
        this.cache = loaded;
    }

    @Override
    public Optional<Account> find(String name) {
        return Optional.ofNullable(snapshot().get(name));
    }

    @Override
    public Optional<Account> findByPhoneNumberId(String phoneNumberId) {
        return snapshot().values().stream().filter(a -> phoneNumberId.equals(a.phoneNumberId())).findFirst();
    }

    @Override
    public List<Account> all() {
        return snapshot().values().stream().sorted(Comparator.comparing(Account::name)).toList();
    }

    @Override
    public void pause(String name, String reason) {
        changeState(name, AccountState.PAUSED, reason);
    }

    @Override
    public void resume(String name) {
        changeState(name, AccountState.ACTIVE, null);
        onResume.accept(name);
    }

    /** Called with the account's name after every resume, so its dispatcher sends the queued messages at once. */
    public void onResume(java.util.function.Consumer<String> listener) {
        this.onResume = listener;
    }

    /** True when {@code name} is stored through the API (and so may be changed or deleted there). */
    public boolean isStored(String name) {
        return store.find(name).isPresent();
    }

    /** True when the environment defines {@code name}. */
    public boolean isConfigured(String name) {
        return configured.containsKey(name);
    }

    /** Drops the cache; the next lookup reads the store again. */
    public void invalidate() {
        generation.incrementAndGet();
        cache = null;
    }

    private synchronized void changeState(String name, AccountState state, String reason) {
        Optional<Account> current = find(name);
        if (current.isEmpty() || current.get().state() == state) {
            return;
        }
        Account changed = current.get().withState(state, reason);
        if (isStored(name)) {
            store.save(changed);
        } else {
            configured.put(name, changed);
        }
        invalidate();
        if (state == AccountState.PAUSED) {
            LOG.error("account {} PAUSED: {} — its messages stay queued until it is resumed", name, reason);
        } else {
            LOG.info("account {} resumed", name);
        }
    }

    private Map<String, Account> snapshot() {
        Map<String, Account> c = cache;
        if (c == null) {
            long seen = generation.get();
            c = load();
            if (generation.get() == seen) {
                cache = c;
            }
        }
        return c;
    }

    private Map<String, Account> load() {
        Map<String, Account> all = new LinkedHashMap<>(configured);
        store.all().forEach(a -> all.put(a.name(), a));
        return Map.copyOf(all);
    }
}
