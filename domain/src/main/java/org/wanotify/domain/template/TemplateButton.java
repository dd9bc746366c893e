package org.wanotify.domain.template;

import java.util.Locale;
import org.wanotify.domain.InvalidFieldException;

/**
 * One button of a template: quick reply, URL (with an optional {@code {{1}}} suffix and its example), phone number,
 * copy code, or the one-time-password button of authentication templates.
 *
 * @param example the example URL suffix or coupon code, when the button has a variable part
 * @param otpType for OTP buttons: COPY_CODE, ONE_TAP or ZERO_TAP
 */
public record TemplateButton(Type type, String text, String url, String phoneNumber, String example, String otpType) {
    public static final int MAX_LABEL = 25;

    /** Meta's button types wanotify understands. */
    public enum Type { QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP }

    public TemplateButton {
        if (type == null) {
            throw new InvalidFieldException("type", "is required: QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE or OTP");
        }
        if (type != Type.COPY_CODE) {
            InvalidFieldException.requireText("text", text, MAX_LABEL);
        }
        if (type == Type.URL) {
            InvalidFieldException.requireText("url", url, 2000);
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw new InvalidFieldException("url", "must be an absolute http(s) URL");
            }
            if (url.contains("{{") && (example == null || example.isBlank())) {
                throw new InvalidFieldException("example", "a URL with a {{1}} suffix needs an example");
            }
        }
        if (type == Type.PHONE_NUMBER) {
            InvalidFieldException.requireText("phone_number", phoneNumber, 20);
        }
        if (type == Type.COPY_CODE) {
            InvalidFieldException.requireText("example", example, 15);
        }
        if (type == Type.OTP) {
            otpType = otpType == null ? "COPY_CODE" : otpType.toUpperCase(Locale.ROOT);
            if (!otpType.matches("COPY_CODE|ONE_TAP|ZERO_TAP")) {
                throw new InvalidFieldException("otp_type", "'" + otpType + "' must be COPY_CODE, ONE_TAP or ZERO_TAP");
            }
        }
    }

    public static Type parseType(String field, String value) {
        try {
            return Type.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "'" + value + "' must be QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE or OTP");
        }
    }
}
