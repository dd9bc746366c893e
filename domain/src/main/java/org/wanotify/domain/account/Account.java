package org.wanotify.domain.account;

import java.util.Objects;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.recipient.PhonePolicy;

/**
 * A WhatsApp sender: one business phone number of one WhatsApp Business Account, with the
 * credentials to use it and the rules for its recipients.
 */
public record Account(String name, String phoneNumberId, String wabaId, Secret accessToken, Secret appSecret,
                      Secret webhookVerifyToken, String apiVersion, PhonePolicy phonePolicy, int mps,
                      AccountState state, String pausedReason) {
    public static final int MAX_MPS = 1000;

    public Account {
        InvalidFieldException.requireText("name", name, 64);
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new InvalidFieldException("name", "'" + name + "' may contain only lowercase letters, digits, - and _");
        }
        if (phoneNumberId != null && !phoneNumberId.matches("[0-9]{1,32}")) {
            throw new InvalidFieldException("phone_number_id", "must be the numeric id Meta shows for the number");
        }
        if (apiVersion == null || !apiVersion.matches("v[0-9]{1,3}\\.[0-9]")) {
            throw new InvalidFieldException("api_version", "'" + apiVersion + "' is not a Graph API version like v23.0");
        }
        if (mps < 1 || mps > MAX_MPS) {
            throw new InvalidFieldException("mps", "must be between 1 and " + MAX_MPS + " (Meta's ceiling per number)");
        }
        phonePolicy = phonePolicy == null ? PhonePolicy.international() : phonePolicy;
        state = Objects.requireNonNullElse(state, AccountState.ACTIVE);
    }

    public boolean isPaused() {
        return state == AccountState.PAUSED;
    }

    @Override
    public String toString() {
        return "Account[" + name + ", phone_number_id=" + phoneNumberId + ", " + state.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
