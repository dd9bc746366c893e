package org.wanotify.domain.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhonePolicyStrictInputTest {
    private final PhonePolicy tz = new PhonePolicy("TZ", null);

    @ParameterizedTest
    @ValueSource(strings = {"++255781588379", "-255781588379", "+255781588379x", "\u0000+255781588379", "+255 78158837\u200b9", "tel:+255781588379"})
    void refusesWhatLibphonenumberWouldQuietlyRepair(String raw) {
        assertEquals("to", assertThrows(InvalidPhoneNumberException.class, () -> tz.recipientFor(raw)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+255 781 588 379", "0781-588-379", "(0781) 588.379", "00255781588379"})
    void acceptsTheWaysPeopleWriteNumbers(String raw) {
        assertEquals("+255781588379", tz.recipientFor(raw).e164());
    }
}
