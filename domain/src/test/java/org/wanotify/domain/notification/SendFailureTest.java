package org.wanotify.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SendFailureTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 80007, 130429, 131000, 131016, 131057, 133004, SendFailure.TRANSPORT})
    void transientCodesAreRetried(int code) {
        assertEquals(FailureCategory.RETRY, SendFailure.categoryOf(code));
        assertTrue(SendFailure.isRetryable(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 131008, 131009, 131021, 131026, 131051, 131053, 132000, 132001, 132005, 132007, 132012, 132015, 132016, 133010, 135000, 131050})
    void requestErrorsArePermanent(int code) {
        assertEquals(FailureCategory.PERMANENT, SendFailure.categoryOf(code));
        assertFalse(SendFailure.isRetryable(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 190, 3, 10, 200, 250, 299, 131005, 368, 131031, 131042, 131045})
    void accountErrorsBlockTheAccount(int code) {
        assertEquals(FailureCategory.ACCOUNT_BLOCKING, SendFailure.categoryOf(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {131048, 131049})
    void qualityLimitsWaitLong(int code) {
        assertEquals(FailureCategory.WAIT_LONG, SendFailure.categoryOf(code));
    }

    @org.junit.jupiter.api.Test
    void pairLimitTemplateAndUnknownCodes() {
        assertEquals(FailureCategory.RETRY_RECIPIENT_LATER, SendFailure.categoryOf(131056));
        assertEquals(FailureCategory.NEEDS_TEMPLATE, SendFailure.categoryOf(131047));
        assertTrue(SendFailure.hintFor(131047).contains("template"));
        assertEquals(FailureCategory.UNKNOWN, SendFailure.categoryOf(999999));
    }

    @org.junit.jupiter.api.Test
    void describeCarriesCodeTitleDetailTraceAndHint() {
        SendError e = SendFailure.describe(131026, "Message undeliverable", "Receiver is incapable", "Az8");
        assertEquals(131026, e.code());
        assertEquals("Message undeliverable", e.title());
        assertEquals("Receiver is incapable", e.detail());
        assertEquals("Az8", e.fbtraceId());
        assertTrue(e.hint().contains("not on WhatsApp"));
    }
}
