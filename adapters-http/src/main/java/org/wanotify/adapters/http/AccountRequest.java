package org.wanotify.adapters.http;

import java.util.List;

/** Body of {@code POST /v1/accounts} and {@code PATCH /v1/accounts/{name}}; absent fields stay unchanged. */
record AccountRequest(String name, String phoneNumberId, String wabaId, String accessToken, String appSecret,
                      String webhookVerifyToken, String callbackSecret, String apiVersion, String defaultRegion,
                      List<String> allowedCountries, Integer mps, List<String> testRecipients) {
    @Override
    public String toString() {
        return "AccountRequest[" + name + "]";
    }
}
