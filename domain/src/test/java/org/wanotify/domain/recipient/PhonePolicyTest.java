package org.wanotify.domain.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PhonePolicyTest {
    private final PhonePolicy tanzania = new PhonePolicy("tz", Set.of());

    @Test
    void normalisesLocalNumberWithDefaultRegion() {
        assertEquals("+255781588379", tanzania.recipientFor("0781588379").e164());
    }

    @Test
    void acceptsInternationalFormatsWithSpacesAndDoubleZero() {
        assertEquals("+255781588379", tanzania.recipientFor("+255 781 588 379").e164());
        assertEquals("+255781588379", PhonePolicy.international().recipientFor("00255781588379").e164());
    }

    @Test
    void refusesLocalNumberWithoutDefaultRegion() {
        InvalidPhoneNumberException e = assertThrows(InvalidPhoneNumberException.class,
                () -> PhonePolicy.international().recipientFor("0781588379"));
        assertEquals("to", e.field());
        assertTrue(e.getMessage().contains("0781588379") && e.getMessage().contains("WANOTIFY_DEFAULT_REGION"), e.getMessage());
    }

    @Test
    void refusesInvalidNumberNamingIt() {
        InvalidPhoneNumberException e = assertThrows(InvalidPhoneNumberException.class, () -> tanzania.recipientFor("12345"));
        assertTrue(e.getMessage().contains("12345"), e.getMessage());
    }

    @Test
    void refusesLettersAndEmpty() {
        assertThrows(InvalidPhoneNumberException.class, () -> tanzania.recipientFor("call me"));
        assertThrows(InvalidPhoneNumberException.class, () -> tanzania.recipientFor(" "));
        assertThrows(InvalidPhoneNumberException.class, () -> tanzania.recipientFor(null));
    }

    @Test
    void refusesFixedLineNumbers() {
        // +255 22 is Dar es Salaam's fixed-line range
        InvalidPhoneNumberException e = assertThrows(InvalidPhoneNumberException.class, () -> tanzania.recipientFor("+255222110000"));
        assertTrue(e.getMessage().contains("mobile"), e.getMessage());
    }

    @Test
    void refusesCountriesOutsideTheAllowList() {
        PhonePolicy kenyaOnly = new PhonePolicy("KE", Set.of("ke"));
        assertEquals("+254712345678", kenyaOnly.recipientFor("0712345678").e164());
        InvalidPhoneNumberException e = assertThrows(InvalidPhoneNumberException.class, () -> kenyaOnly.recipientFor("+255781588379"));
        assertTrue(e.getMessage().contains("TZ"), e.getMessage());
    }

    @Test
    void refusesUnknownDefaultRegion() {
        assertThrows(InvalidPhoneNumberException.class, () -> new PhonePolicy("XX", Set.of()));
    }

    @Test
    void masksNumbersForLogs() {
        Recipient r = new Recipient("+255781588379");
        assertEquals("+255******379", r.masked());
        assertEquals("255781588379", r.waId());
    }
}
