package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.AccountChanges;
import org.wanotify.application.port.in.AccountConflictException;
import org.wanotify.application.port.in.AdminRequiredException;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;
import org.wanotify.domain.account.Secret;

class ManageAccountsServiceTest {
    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final AccountRegistry registry = new AccountRegistry(store, List.of(Fixtures.account("default", "111")));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ManageAccountsService service = new ManageAccountsService(store, registry, new Auditor(audit, Fixtures.CLOCK), "v23.0", 80);

    private static AccountChanges shop(String phone, String token) {
        return new AccountChanges(phone, null, Secret.ofNullable(token), null, null, null, null, "TZ", null, null, Set.of("0781588379"));
    }

    private static AccountChanges token(String token) {
        return new AccountChanges(null, null, Secret.ofNullable(token), null, null, null, null, null, null, null, null);
    }

    @Test
    void createdAccountsAreUsableAtOnceWithDefaults() {
        Account a = service.create(Fixtures.ADMIN, "shop-a", shop("222", "tok-1"));
        assertEquals("v23.0", a.apiVersion());
        assertEquals(80, a.mps());
        assertEquals(Set.of("+255781588379"), a.testRecipients());
        assertEquals("tok-1", registry.find("shop-a").orElseThrow().accessToken().reveal());
        assertEquals(List.of("account.create ok"), audit.actions());
    }

    @Test
    void rotatingTheTokenResumesAPausedAccount() {
        service.create(Fixtures.ADMIN, "shop-a", shop("222", "tok-1"));
        registry.pause("shop-a", "Meta error 190: token expired");
        Account rotated = service.update(Fixtures.ADMIN, "shop-a", token("tok-2")).orElseThrow();
        assertEquals("tok-2", rotated.accessToken().reveal());
        assertEquals(AccountState.ACTIVE, registry.find("shop-a").orElseThrow().state());
        assertTrue(audit.actions().contains("account.rotate_token ok"));
    }

    @Test
    void refusesClientKeysDuplicatesTakenNumbersAndMissingTokens() {
        assertThrows(AdminRequiredException.class, () -> service.create(Fixtures.SHOP_A, "shop-a", shop("222", "t")));
        assertTrue(audit.actions().contains("account.create 403"));
        service.create(Fixtures.ADMIN, "shop-a", shop("222", "t"));
        assertThrows(AccountConflictException.class, () -> service.create(Fixtures.ADMIN, "shop-a", shop("333", "t")));
        assertEquals("phone_number_id", assertThrows(AccountConflictException.class,
                () -> service.create(Fixtures.ADMIN, "shop-b", shop("111", "t"))).field());
        assertEquals("access_token", assertThrows(InvalidFieldException.class,
                () -> service.create(Fixtures.ADMIN, "shop-b", shop("333", null))).field());
    }

    @Test
    void theEnvironmentsAccountCanBeOverriddenButNotDeleted() {
        service.update(Fixtures.ADMIN, "default", token("override"));
        assertEquals("override", registry.find("default").orElseThrow().accessToken().reveal());
        assertTrue(service.delete(Fixtures.ADMIN, "default"));
        assertEquals("token-default", registry.find("default").orElseThrow().accessToken().reveal());
        assertThrows(AccountConflictException.class, () -> service.delete(Fixtures.ADMIN, "default"));
        assertTrue(service.update(Fixtures.ADMIN, "nope", token("x")).isEmpty());
    }
}
