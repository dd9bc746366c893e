package org.wanotify.adapters.http;

import java.util.Objects;
import org.wanotify.application.port.in.ListAuditUseCase;
import org.wanotify.application.port.in.ManageAccountsUseCase;
import org.wanotify.application.port.in.ManageApiKeysUseCase;

/** The admin routes ({@code /v1/accounts}, {@code /v1/api-keys}, {@code /v1/audit}) and the rate limits. */
public record SecurityApi(ManageAccountsUseCase accounts, ManageApiKeysUseCase apiKeys, ListAuditUseCase audit, RateLimits limits) {
    public SecurityApi {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(limits, "limits");
    }
}
