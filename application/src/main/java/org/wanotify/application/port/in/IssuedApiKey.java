package org.wanotify.application.port.in;

import org.wanotify.application.port.out.ApiKey;

/**
 * A new API key as shown once at creation.
 *
 * @param key            the key itself; only its hash is stored
 * @param callbackSecret the secret that signs this key's client callbacks
 */
public record IssuedApiKey(ApiKey stored, String key, String callbackSecret) {
    @Override
    public String toString() {
        return "IssuedApiKey[" + stored + "]";
    }
}
