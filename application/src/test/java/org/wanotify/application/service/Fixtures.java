package org.wanotify.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.out.IdGenerator;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;
import org.wanotify.domain.account.Secret;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.recipient.PhonePolicy;

/** Shared test data: accounts, callers, a fixed clock and predictable ids. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    static final Caller ADMIN = new Caller("key_admin", "admin", true, Set.of(), null);
    static final Caller SHOP_A = new Caller("key_a", "shop a", false, Set.of("shop-a"), null);

    private Fixtures() {
    }

    static Account account(String name, String phoneNumberId) {
        return new Account(name, phoneNumberId, "200000000000001", Secret.ofNullable("token-" + name), Secret.ofNullable("secret-" + name),
                Secret.ofNullable("verify-" + name), "v23.0", new PhonePolicy("TZ", Set.of()), 1000, AccountState.ACTIVE, null);
    }

    static List<Account> twoAccounts() {
        return List.of(account("default", "100000000000001"), account("shop-a", "100000000000002"));
    }

    /** Ids counting up, so their order is their creation order. */
    static IdGenerator ids() {
        AtomicLong next = new AtomicLong();
        return new IdGenerator() {
            @Override
            public MessageId newMessageId() {
                return MessageId.fromUlid(String.format("01JD%022d", next.incrementAndGet()));
            }

            @Override
            public String newId(String prefix) {
                return prefix + next.incrementAndGet();
            }
        };
    }
}
