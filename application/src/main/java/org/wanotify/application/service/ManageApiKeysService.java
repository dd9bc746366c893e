package org.wanotify.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.wanotify.application.port.in.AdminRequiredException;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.IssuedApiKey;
import org.wanotify.application.port.in.ManageApiKeysUseCase;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.ApiKey;
import org.wanotify.application.port.out.ApiKeyStore;
import org.wanotify.application.port.out.ApiKeyCallbackSecretStore;
import org.wanotify.application.port.out.IdGenerator;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.account.Secret;

/** Issues API keys (shown once, stored as hashes), lists them without hashes, revokes them. */
public final class ManageApiKeysService implements ManageApiKeysUseCase {
    private final ApiKeyStore keys;
    private final AccountDirectory accounts;
    private final IdGenerator ids;
    private final Auditor audit;
    private final Clock clock;
    private final ApiKeyCallbackSecretStore callbackSecrets;

    public ManageApiKeysService(ApiKeyStore keys, ApiKeyCallbackSecretStore callbackSecrets, AccountDirectory accounts, IdGenerator ids,
                                Auditor audit, Clock clock) {
        this.callbackSecrets = callbackSecrets;
        this.keys = keys;
        this.accounts = accounts;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedApiKey create(Caller caller, String name, Set<String> boundTo, String callbackUrl) {
        requireAdmin(caller, "api_key.create");
        InvalidFieldException.requireText("name", name, 100);
        if (boundTo != null) {
            if (boundTo.isEmpty()) {
                throw new InvalidFieldException("accounts", "must name at least one account; omit it for an admin key");
            }
            for (String account : boundTo) {
                if (accounts.find(account).isEmpty()) {
                    throw new InvalidFieldException("accounts", "account '" + account + "' does not exist");
                }
            }
        }
        String key = ApiKeyService.newKey();
        ApiKey stored = new ApiKey(ids.newId("key_"), name, ApiKeyService.hash(key), boundTo == null, boundTo, callbackUrl,
                clock.instant(), null);
        keys.insert(stored);
        String callbackSecret = "whsec_" + ApiKeyService.newKey().substring("wn_".length());
        callbackSecrets.save(stored.id(), Secret.ofNullable(callbackSecret));
        audit.admin(caller, null, "api_key.create", stored.id() + (stored.admin() ? " admin" : " " + stored.accounts()), "ok");
        return new IssuedApiKey(stored, key, callbackSecret);
    }

    @Override
    public List<ApiKey> list(Caller caller) {
        requireAdmin(caller, "api_key.list");
        return keys.all();
    }

    @Override
    public boolean revoke(Caller caller, String id) {
        requireAdmin(caller, "api_key.revoke");
        if (id.equals(caller.keyId())) {
            throw new InvalidFieldException("id", "an admin key cannot revoke itself; use another admin key");
        }
        boolean revoked = keys.revoke(id, clock.instant());
        audit.admin(caller, null, "api_key.revoke", id, revoked ? "ok" : "404");
        return revoked;
    }

    private void requireAdmin(Caller caller, String action) {
        if (!caller.admin()) {
            audit.admin(caller, null, action, null, "403");
            throw new AdminRequiredException();
        }
    }
}
