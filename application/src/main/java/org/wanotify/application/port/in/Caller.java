package org.wanotify.application.port.in;

import java.util.Set;

/**
 * Who is calling, from the API key they presented.
 *
 * @param accounts the accounts a client key may use; ignored for admins
 */
public record Caller(String keyId, String name, boolean admin, Set<String> accounts, String defaultCallbackUrl) {
    public Caller {
        accounts = accounts == null ? Set.of() : Set.copyOf(accounts);
    }

    public boolean mayUse(String account) {
        return admin || accounts.contains(account);
    }
}
