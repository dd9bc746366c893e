package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.account.AccountState;

class AccountRegistryTest {
    private final InMemoryAccountStore store = new InMemoryAccountStore();

    @Test
    void aStoredAccountTakesPrecedenceOverTheConfiguredOneOfTheSameName() {
        store.save(Fixtures.account("default", "999"));
        AccountRegistry registry = new AccountRegistry(store, List.of(Fixtures.account("default", "111")));
        assertEquals("999", registry.find("default").orElseThrow().phoneNumberId());
        assertTrue(registry.findByPhoneNumberId("111").isEmpty());
        store.delete("default");
        registry.invalidate();
        assertEquals("111", registry.find("default").orElseThrow().phoneNumberId());
    }

    @Test
    void lookupsAreServedFromTheCacheUntilAWriteInvalidatesIt() {
        AccountRegistry registry = new AccountRegistry(store, List.of(Fixtures.account("default", "111")));
        int before = store.loads.get();
        for (int i = 0; i < 50; i++) {
            registry.find("default");
        }
        assertEquals(before, store.loads.get());
        store.save(Fixtures.account("shop-a", "222"));
        assertTrue(registry.find("shop-a").isEmpty(), "not seen before invalidation");
        registry.invalidate();
        assertEquals("222", registry.find("shop-a").orElseThrow().phoneNumberId());
    }

    @Test
    void pausingAStoredAccountIsStoredAndPausingAConfiguredOneIsKeptInMemory() {
        store.save(Fixtures.account("shop-a", "222"));
        AccountRegistry registry = new AccountRegistry(store, List.of(Fixtures.account("default", "111")));
        registry.pause("shop-a", "Meta error 190");
        registry.pause("default", "Meta error 131031");
        assertEquals(AccountState.PAUSED, store.find("shop-a").orElseThrow().state());
        assertEquals("Meta error 131031", registry.find("default").orElseThrow().pausedReason());
        registry.resume("shop-a");
        registry.resume("default");
        assertEquals(AccountState.ACTIVE, registry.find("shop-a").orElseThrow().state());
        assertEquals(AccountState.ACTIVE, registry.find("default").orElseThrow().state());
    }
}
