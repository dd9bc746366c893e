package org.wanotify.application.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;

/** Accounts in a map, for service tests. */
final class InMemoryAccounts implements AccountDirectory {
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    InMemoryAccounts(List<Account> initial) {
        initial.forEach(a -> accounts.put(a.name(), a));
    }

    @Override
    public Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public Optional<Account> findByPhoneNumberId(String id) {
        return accounts.values().stream().filter(a -> id.equals(a.phoneNumberId())).findFirst();
    }

    @Override
    public List<Account> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public void pause(String name, String reason) {
        accounts.computeIfPresent(name, (n, a) -> new Account(a.name(), a.phoneNumberId(), a.wabaId(), a.accessToken(), a.appSecret(),
                a.webhookVerifyToken(), a.apiVersion(), a.phonePolicy(), a.mps(), AccountState.PAUSED, reason));
    }

    @Override
    public void resume(String name) {
        accounts.computeIfPresent(name, (n, a) -> new Account(a.name(), a.phoneNumberId(), a.wabaId(), a.accessToken(), a.appSecret(),
                a.webhookVerifyToken(), a.apiVersion(), a.phonePolicy(), a.mps(), AccountState.ACTIVE, null));
    }
}
