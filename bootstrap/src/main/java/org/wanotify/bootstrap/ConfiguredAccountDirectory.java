package org.wanotify.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;

/** The accounts defined by configuration, held in memory; pausing is remembered until restart. */
final class ConfiguredAccountDirectory implements AccountDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredAccountDirectory.class);
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private volatile java.util.function.Consumer<String> onResume = name -> { };

    ConfiguredAccountDirectory(List<Account> configured) {
        configured.forEach(a -> accounts.put(a.name(), a));
    }

    /** Called with the account's name after every resume, so its dispatcher sends the queued messages at once. */
    void onResume(java.util.function.Consumer<String> listener) {
        this.onResume = listener;
    }

    @Override
    public Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public Optional<Account> findByPhoneNumberId(String phoneNumberId) {
        return accounts.values().stream().filter(a -> phoneNumberId.equals(a.phoneNumberId())).findFirst();
    }

    @Override
    public List<Account> all() {
        return accounts.values().stream().sorted(java.util.Comparator.comparing(Account::name)).toList();
    }

    @Override
    public void pause(String name, String reason) {
        accounts.computeIfPresent(name, (n, a) -> {
            if (!a.isPaused()) {
                LOG.error("account {} PAUSED: {} — its messages stay queued until it is resumed", n, reason);
            }
            return with(a, AccountState.PAUSED, reason);
        });
    }

    @Override
    public void resume(String name) {
        accounts.computeIfPresent(name, (n, a) -> {
            LOG.info("account {} resumed", n);
            return with(a, AccountState.ACTIVE, null);
        });
        onResume.accept(name);
    }

    private static Account with(Account a, AccountState state, String reason) {
        return new Account(a.name(), a.phoneNumberId(), a.wabaId(), a.accessToken(), a.appSecret(), a.webhookVerifyToken(),
                a.apiVersion(), a.phonePolicy(), a.mps(), state, reason);
    }
}
