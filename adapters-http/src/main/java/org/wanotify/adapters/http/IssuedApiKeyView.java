package org.wanotify.adapters.http;

import java.util.List;
import org.wanotify.application.port.in.IssuedApiKey;

/** The answer to {@code POST /v1/api-keys}: the only time the key itself is shown. */
record IssuedApiKeyView(String id, String key, String callbackSecret, String name, boolean admin, List<String> accounts,
                        String callbackUrl) {
    static IssuedApiKeyView of(IssuedApiKey k) {
        return new IssuedApiKeyView(k.stored().id(), k.key(), k.callbackSecret(), k.stored().name(), k.stored().admin(),
                k.stored().accounts().stream().sorted().toList(), k.stored().callbackUrl());
    }

    @Override
    public String toString() {
        return "IssuedApiKeyView[" + id + "]";
    }
}
