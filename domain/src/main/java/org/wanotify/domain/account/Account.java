package org.wanotify.domain.account;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.wanotify.domain.DomainException;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.recipient.PhonePolicy;
import org.wanotify.domain.recipient.Recipient;

/**
 * A WhatsApp sender: one business phone number of one WhatsApp Business Account, with the
 * credentials to use it and the rules for its recipients.
 */
public record Account(String name, String phoneNumberId, String wabaId, Secret accessToken, Secret appSecret,
                      Secret webhookVerifyToken, String apiVersion, PhonePolicy phonePolicy, int mps,
                      AccountState state, String pausedReason, Set<String> testRecipients, Secret callbackSecret) {
    public static final int MAX_MPS = 1000;
    /** Meta lets a test number message at most five registered recipients. */
    public static final int MAX_TEST_RECIPIENTS = 5;

    /** An account without a test-recipient allow-list or callback secret. */
    public Account(String name, String phoneNumberId, String wabaId, Secret accessToken, Secret appSecret,
                   Secret webhookVerifyToken, String apiVersion, PhonePolicy phonePolicy, int mps,
                   AccountState state, String pausedReason) {
        this(name, phoneNumberId, wabaId, accessToken, appSecret, webhookVerifyToken, apiVersion, phonePolicy, mps,
                state, pausedReason, Set.of(), null);
    }

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
        testRecipients = testRecipients(testRecipients, phonePolicy);
    }

    private static Set<String> testRecipients(Set<String> numbers, PhonePolicy policy) {
        if (numbers == null || numbers.isEmpty()) {
            return Set.of();
        }
        if (numbers.size() > MAX_TEST_RECIPIENTS) {
            throw new InvalidFieldException("test_recipients", "a test number may message at most " + MAX_TEST_RECIPIENTS
                    + " registered recipients (Meta's rule)");
        }
        Set<String> checked = new TreeSet<>();
        for (String n : numbers) {
            try {
                checked.add(policy.recipientFor(n).e164());
            } catch (DomainException e) {
                throw new InvalidFieldException("test_recipients", e.rule());
            }
        }
        return Collections.unmodifiableSet(checked);
    }

    /**
     * Refuses {@code to} when this is a test number with an allow-list that does not hold it: Meta would
     * refuse the send anyway (error 131030), so it is refused before it is queued.
     */
    public void checkRecipientAllowed(Recipient to) {
        if (!testRecipients.isEmpty() && !testRecipients.contains(to.e164())) {
            throw new InvalidFieldException("to", to.masked() + " is not on the test-recipient list of account '" + name
                    + "'; a test number may only message the up to " + MAX_TEST_RECIPIENTS
                    + " recipients registered for it in WhatsApp Manager (add it to test_recipients, or use a production number)");
        }
    }

    /** A copy in {@code state}, with {@code reason} when paused. */
    public Account withState(AccountState newState, String reason) {
        return new Account(name, phoneNumberId, wabaId, accessToken, appSecret, webhookVerifyToken, apiVersion, phonePolicy,
                mps, newState, newState == AccountState.PAUSED ? reason : null, testRecipients, callbackSecret);
    }

    public boolean isPaused() {
        return state == AccountState.PAUSED;
    }

    @Override
    public String toString() {
        return "Account[" + name + ", phone_number_id=" + phoneNumberId + ", " + state.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
