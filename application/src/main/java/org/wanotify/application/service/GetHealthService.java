package org.wanotify.application.service;

import java.util.Locale;
import org.wanotify.application.port.in.GetHealthUseCase;
import org.wanotify.application.port.in.Health;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.MessageStore;

/** Health for load balancers and operators: database reachable, sandbox or live, each account's state. */
public final class GetHealthService implements GetHealthUseCase {
    private final MessageStore store;
    private final AccountDirectory accounts;
    private final String mode;

    public GetHealthService(MessageStore store, AccountDirectory accounts, String mode) {
        this.store = store;
        this.accounts = accounts;
        this.mode = mode;
    }

    @Override
    public Health health() {
        boolean db = store.isHealthy();
        return new Health(db ? "ok" : "degraded", mode, db ? "ok" : "unreachable",
                accounts.all().stream().map(a -> new Health.AccountHealth(a.name(), a.state().name().toLowerCase(Locale.ROOT), a.pausedReason())).toList());
    }
}
