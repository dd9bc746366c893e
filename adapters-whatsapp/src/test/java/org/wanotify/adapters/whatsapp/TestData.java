package org.wanotify.adapters.whatsapp;

import java.util.Set;
import org.wanotify.application.port.out.OutboundMessage;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;
import org.wanotify.domain.account.Secret;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.recipient.PhonePolicy;

/** Domain objects shared by the tests. */
final class TestData {
    static final String TOKEN = "tok-S3CRET-value";
    static final String APP_SECRET = "appsecret";
    static final String PHONE_NUMBER_ID = "100000000000001";
    static final String WABA_ID = "200000000000001";
    static final MessageId ID = MessageId.fromUlid("01JDAAAAAAAAAAAAAAAAAAAAAA");
    static final PhonePolicy TZ = new PhonePolicy("TZ", Set.of());

    private TestData() {
    }

    static Account account(String token, int mps) {
        return new Account("default", PHONE_NUMBER_ID, WABA_ID, Secret.ofNullable(token), Secret.ofNullable(APP_SECRET),
                Secret.ofNullable("verify"), "v23.0", TZ, mps, AccountState.ACTIVE, null);
    }

    static Account account() {
        return account(TOKEN, 80);
    }

    static OutboundMessage message(String to, MessageContent content) {
        return new OutboundMessage(ID, TZ.recipientFor(to), content);
    }
}
