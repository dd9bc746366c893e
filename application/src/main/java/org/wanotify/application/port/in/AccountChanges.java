package org.wanotify.application.port.in;

import java.util.Set;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.Secret;
import org.wanotify.domain.recipient.PhonePolicy;

/** The fields of an account a caller sets on create or PATCH; null means "not given" (unchanged). */
public record AccountChanges(String phoneNumberId, String wabaId, Secret accessToken, Secret appSecret,
                             Secret webhookVerifyToken, Secret callbackSecret, String apiVersion, String defaultRegion,
                             Set<String> allowedCountries, Integer mps, Set<String> testRecipients) {

    /** True when a new access token is given (a rotation). */
    public boolean rotatesToken() {
        return accessToken != null;
    }

    /** {@code base} with these changes applied under {@code name}; the Account constructor checks the result. */
    public Account applyTo(String name, Account base, String defaultApiVersion, int defaultMps) {
        PhonePolicy basePolicy = base == null ? PhonePolicy.international() : base.phonePolicy();
        PhonePolicy policy = new PhonePolicy(pick(defaultRegion, basePolicy.defaultRegion()),
                pick(allowedCountries, basePolicy.allowedCountries()));
        return new Account(name, pick(phoneNumberId, base == null ? null : base.phoneNumberId()),
                pick(wabaId, base == null ? null : base.wabaId()),
                pick(accessToken, base == null ? null : base.accessToken()),
                pick(appSecret, base == null ? null : base.appSecret()),
                pick(webhookVerifyToken, base == null ? null : base.webhookVerifyToken()),
                pick(apiVersion, base == null ? defaultApiVersion : base.apiVersion()), policy,
                pick(mps, base == null ? defaultMps : base.mps()),
                base == null ? null : base.state(), base == null ? null : base.pausedReason(),
                pick(testRecipients, base == null ? Set.of() : base.testRecipients()),
                pick(callbackSecret, base == null ? null : base.callbackSecret()));
    }

    private static <T> T pick(T given, T current) {
        return given != null ? given : current;
    }

    @Override
    public String toString() {
        return "AccountChanges[phone_number_id=" + phoneNumberId + ", access_token=" + (accessToken == null ? "unchanged" : "***") + "]";
    }
}
