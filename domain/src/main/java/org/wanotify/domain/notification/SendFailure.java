package org.wanotify.domain.notification;

import java.util.Map;

/** Meta's error codes sorted by what to do about them, each with a plain-language hint. */
public final class SendFailure {
    /** Pseudo-code for a transport problem (timeout, connection refused) or an HTTP 5xx without Meta's error JSON. */
    public static final int TRANSPORT = -1;

    private record Entry(FailureCategory category, String hint) {
    }

    private static final Map<Integer, Entry> TABLE = Map.ofEntries(
            e(TRANSPORT, FailureCategory.RETRY, "Meta could not be reached or answered with a server error; wanotify retries with back-off."),
            e(1, FailureCategory.RETRY, "Meta reported an unknown API error; retried with back-off. Check Meta's status page if it persists."),
            e(2, FailureCategory.RETRY, "Meta's service is temporarily down or overloaded; retried with back-off."),
            e(4, FailureCategory.RETRY, "The app hit Meta's call-rate limit; retried after back-off."),
            e(80007, FailureCategory.RETRY, "The WhatsApp Business Account hit a rate limit; retried after back-off."),
            e(130429, FailureCategory.RETRY, "The number's throughput (messages per second) was exceeded; lower WANOTIFY_MPS or wait."),
            e(131000, FailureCategory.RETRY, "Something went wrong on Meta's side; retried."),
            e(131016, FailureCategory.RETRY, "Meta's service is temporarily unavailable; retried."),
            e(131057, FailureCategory.RETRY, "The account is in maintenance mode (e.g. a throughput upgrade); retried shortly."),
            e(133004, FailureCategory.RETRY, "Meta's server is temporarily unavailable; retried."),
            e(131056, FailureCategory.RETRY_RECIPIENT_LATER, "Too many messages to this one recipient in a short time (pair rate limit); retried for this recipient after a pause."),
            e(131048, FailureCategory.WAIT_LONG, "Meta limited sending because of spam reports or low quality; check the number's quality rating before sending more."),
            e(131049, FailureCategory.WAIT_LONG, "Meta chose not to deliver this message to keep engagement healthy (per-user marketing limit); do not retry within 24 hours."),
            e(100, FailureCategory.PERMANENT, "Meta refused a parameter of the request; check the fields named in the detail."),
            e(131008, FailureCategory.PERMANENT, "A required parameter is missing from the request."),
            e(131009, FailureCategory.PERMANENT, "A parameter value is not valid (for example a media id or a phone number id)."),
            e(131021, FailureCategory.PERMANENT, "The recipient is the sending number itself; send to another number."),
            e(131026, FailureCategory.PERMANENT, "The message could not be delivered: the number is not on WhatsApp, has not accepted the latest terms, or uses an old app version."),
            e(131051, FailureCategory.PERMANENT, "WhatsApp does not support this message type."),
            e(131053, FailureCategory.PERMANENT, "Meta could not fetch or use the media: check the link answers publicly and the file type matches its MIME type."),
            e(132000, FailureCategory.PERMANENT, "The number of template parameters does not match the template; check the template's placeholders."),
            e(132001, FailureCategory.PERMANENT, "The template does not exist in that language or is not approved yet."),
            e(132005, FailureCategory.PERMANENT, "The template text with its parameters filled in is too long."),
            e(132007, FailureCategory.PERMANENT, "The template parameters break WhatsApp's formatting policy."),
            e(132012, FailureCategory.PERMANENT, "A template parameter has the wrong format (e.g. text where a currency or date is expected)."),
            e(132015, FailureCategory.PERMANENT, "The template is paused for low quality; edit it or wait until Meta unpauses it."),
            e(132016, FailureCategory.PERMANENT, "The template was paused too often and is disabled; create a new template."),
            e(133010, FailureCategory.PERMANENT, "The sending phone number is not registered with the Cloud API; register it in WhatsApp Manager."),
            e(135000, FailureCategory.PERMANENT, "Meta refused the request parameters (generic user error)."),
            e(131050, FailureCategory.PERMANENT, "The recipient has stopped marketing messages from this business; do not send them marketing again."),
            e(131047, FailureCategory.NEEDS_TEMPLATE, "More than 24 hours have passed since the customer last wrote: only an approved template can reach them now (use template or fallback_template)."),
            e(0, FailureCategory.ACCOUNT_BLOCKING, "Meta rejected the access token (expired, invalidated or revoked); set a new token for the account."),
            e(190, FailureCategory.ACCOUNT_BLOCKING, "The access token has expired or is invalid; generate a new system-user token and rotate it."),
            e(3, FailureCategory.ACCOUNT_BLOCKING, "The app lacks the capability or permission for this call; check the app's WhatsApp permissions."),
            e(10, FailureCategory.ACCOUNT_BLOCKING, "Permission denied: the token lacks whatsapp_business_messaging or access to this number."),
            e(131005, FailureCategory.ACCOUNT_BLOCKING, "Access denied for this number or account; check the token's assets and permissions."),
            e(368, FailureCategory.ACCOUNT_BLOCKING, "The account is temporarily blocked for policy violations; sending is halted until Meta lifts it."),
            e(131031, FailureCategory.ACCOUNT_BLOCKING, "The business account is locked (policy, or a two-step PIN mismatch); resolve it in WhatsApp Manager."),
            e(131042, FailureCategory.ACCOUNT_BLOCKING, "There is a payment problem with the business account; fix billing in Business Manager."),
            e(131045, FailureCategory.ACCOUNT_BLOCKING, "The phone number's certificate is wrong; register the number again."));

    private SendFailure() {
    }

    private static Map.Entry<Integer, Entry> e(int code, FailureCategory category, String hint) {
        return Map.entry(code, new Entry(category, hint));
    }

    /** The category of Meta's {@code code}; codes 200–299 are permission errors and block the account. */
    public static FailureCategory categoryOf(int code) {
        Entry entry = TABLE.get(code);
        if (entry != null) {
            return entry.category();
        }
        return code >= 200 && code <= 299 ? FailureCategory.ACCOUNT_BLOCKING : FailureCategory.UNKNOWN;
    }

    /** A plain-language explanation of {@code code} and what to do about it. */
    public static String hintFor(int code) {
        Entry entry = TABLE.get(code);
        if (entry != null) {
            return entry.hint();
        }
        if (code >= 200 && code <= 299) {
            return "The token lacks a permission Meta requires for this call; check the system user's assets and scopes.";
        }
        return "Meta returned an error code wanotify does not know; see Meta's error-code reference and the detail.";
    }

    /** True when a later attempt may succeed without anyone changing the request. */
    public static boolean isRetryable(int code) {
        FailureCategory c = categoryOf(code);
        return c == FailureCategory.RETRY || c == FailureCategory.RETRY_RECIPIENT_LATER
                || c == FailureCategory.WAIT_LONG || c == FailureCategory.UNKNOWN;
    }

    /** Meta's error turned into the error a message carries. */
    public static SendError describe(int code, String title, String detail, String fbtraceId) {
        return new SendError(code, title, detail, fbtraceId, isRetryable(code), hintFor(code));
    }
}
