package org.wanotify.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.recipient.PhonePolicy;
import org.wanotify.domain.recipient.Recipient;

class AccountTest {
    private static Account testNumber(Set<String> recipients) {
        return new Account("sandbox-a", "123", null, Secret.ofNullable("EAAG-secret-token"), null, null, "v23.0",
                new PhonePolicy("TZ", null), 80, AccountState.ACTIVE, null, recipients, null);
    }

    @Test
    void testNumberRefusesRecipientsOutsideItsAllowList() {
        Account a = testNumber(Set.of("0781588379"));
        assertDoesNotThrow(() -> a.checkRecipientAllowed(new Recipient("+255781588379")));
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> a.checkRecipientAllowed(new Recipient("+255781588380")));
        assertEquals("to", e.field());
        assertTrue(e.getMessage().contains("test"), e.getMessage());
        assertFalse(e.getMessage().contains("+255781588380"), "the number is masked");
    }

    @Test
    void accountWithoutAllowListSendsToAnyone() {
        assertDoesNotThrow(() -> testNumber(Set.of()).checkRecipientAllowed(new Recipient("+255781588380")));
    }

    @Test
    void refusesMoreThanFiveTestRecipients() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> testNumber(
                Set.of("+255781588371", "+255781588372", "+255781588373", "+255781588374", "+255781588375", "+255781588376")));
        assertEquals("test_recipients", e.field());
    }

    @Test
    void refusesInvalidTestRecipientNamingTheField() {
        assertEquals("test_recipients", assertThrows(InvalidFieldException.class, () -> testNumber(Set.of("12"))).field());
    }

    @Test
    void toStringAndSecretsNeverShowTheToken() {
        Account a = testNumber(Set.of());
        assertFalse(a.toString().contains("EAAG-secret-token"));
        assertEquals("***", a.accessToken().toString());
        assertEquals(AccountState.PAUSED, a.withState(AccountState.PAUSED, "r").state());
    }
}
