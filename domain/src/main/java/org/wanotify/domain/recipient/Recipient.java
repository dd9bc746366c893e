package org.wanotify.domain.recipient;

import java.util.regex.Pattern;

/** A WhatsApp recipient as an E.164 number ({@code +255781588379}). */
public record Recipient(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public Recipient {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidPhoneNumberException("to", "'" + e164 + "' is not an E.164 number (+ and 7 to 15 digits)");
        }
    }

    /** The number as Meta's {@code wa_id}: digits only, no plus. */
    public String waId() {
        return e164.substring(1);
    }

    /** The number with all but the last three digits hidden, for logs and the audit trail. */
    public String masked() {
        return e164.substring(0, Math.min(4, e164.length())) + "*".repeat(Math.max(0, e164.length() - 7))
                + e164.substring(e164.length() - 3);
    }

    @Override
    public String toString() {
        return masked();
    }
}
