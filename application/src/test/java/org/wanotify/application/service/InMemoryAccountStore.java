package org.wanotify.application.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.wanotify.application.port.out.AccountStore;
import org.wanotify.domain.account.Account;

/** AccountStore fake that counts reads, to show the registry's cache at work. */
final class InMemoryAccountStore implements AccountStore {
    private final Map<String, Account> accounts = new TreeMap<>();
    final AtomicInteger loads = new AtomicInteger();

    @Override
    public synchronized Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public synchronized List<Account> all() {
        loads.incrementAndGet();
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized void save(Account account) {
        accounts.put(account.name(), account);
    }

    @Override
    public synchronized boolean delete(String name) {
        return accounts.remove(name) != null;
    }
}
