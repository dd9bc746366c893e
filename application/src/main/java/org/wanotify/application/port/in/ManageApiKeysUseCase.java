package org.wanotify.application.port.in;

import java.util.List;
import java.util.Set;
import org.wanotify.application.port.out.ApiKey;

/** Admin: issue, list and revoke API keys. */
public interface ManageApiKeysUseCase {
    /** Issues a key bound to {@code accounts}, or an admin key when {@code accounts} is null. */
    IssuedApiKey create(Caller caller, String name, Set<String> accounts, String callbackUrl);

    List<ApiKey> list(Caller caller);

    /** False when there is no such key or it was already revoked. */
    boolean revoke(Caller caller, String id);
}
