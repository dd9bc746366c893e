package org.wanotify.adapters.http;

import java.util.List;
import java.util.Locale;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.Secret;

/** An account as the API shows it: tokens and secrets only as {@code "set"} or null, never their value. */
record AccountView(String name, String phoneNumberId, String wabaId, String accessToken, String appSecret,
                   String webhookVerifyToken, String callbackSecret, String apiVersion, String defaultRegion,
                   List<String> allowedCountries, int mps, List<String> testRecipients, String state, String pausedReason) {

    static AccountView of(Account a) {
        return new AccountView(a.name(), a.phoneNumberId(), a.wabaId(), set(a.accessToken()), set(a.appSecret()),
                set(a.webhookVerifyToken()), set(a.callbackSecret()), a.apiVersion(), a.phonePolicy().defaultRegion(),
                a.phonePolicy().allowedCountries().stream().sorted().toList(), a.mps(),
                a.testRecipients().stream().sorted().toList(), a.state().name().toLowerCase(Locale.ROOT), a.pausedReason());
    }

    private static String set(Secret s) {
        return s == null ? null : "set";
    }
}
