package org.wanotify.domain.notification;

import java.util.regex.Pattern;
import org.wanotify.domain.InvalidFieldException;

/** The id wanotify gives a message: {@code msg_} followed by a 26-character ULID. */
public record MessageId(String value) {
    private static final Pattern FORMAT = Pattern.compile("msg_[0-9A-HJKMNP-TV-Z]{26}");

    public MessageId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("id", "'" + value + "' is not a message id (msg_ + 26 characters)");
        }
    }

    /** True when {@code value} has the shape of a message id. */
    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static MessageId fromUlid(String ulid) {
        return new MessageId("msg_" + ulid);
    }

    @Override
    public String toString() {
        return value;
    }
}
