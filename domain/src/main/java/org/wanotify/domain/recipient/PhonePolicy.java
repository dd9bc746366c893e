package org.wanotify.domain.recipient;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Set;

/**
 * How an account turns what a caller wrote into a recipient: the region assumed for numbers
 * written without a country code, and the countries it may send to (empty = all).
 */
public record PhonePolicy(String defaultRegion, Set<String> allowedCountries) {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Set<PhoneNumberType> WHATSAPP_CAPABLE = Set.of(
            PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.VOIP,
            PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.UAN, PhoneNumberType.UNKNOWN);

    private static final java.util.regex.Pattern TYPED_NUMBER = java.util.regex.Pattern.compile("\\+?[0-9(][0-9 ()\\-./]*");

    public PhonePolicy {
        if (defaultRegion != null && !defaultRegion.isBlank()) {
            defaultRegion = defaultRegion.trim().toUpperCase(Locale.ROOT);
            if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
                throw new InvalidPhoneNumberException("default_region",
                        "'" + defaultRegion + "' is not an ISO 3166 region code known to libphonenumber (e.g. TZ, KE, US)");
            }
        } else {
            defaultRegion = null;
        }
        allowedCountries = allowedCountries == null ? Set.of()
                : allowedCountries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A policy with no default region and no country restriction. */
    public static PhonePolicy international() {
        return new PhonePolicy(null, Set.of());
    }

    /** Normalises {@code raw} to E.164, refusing invalid, non-mobile and disallowed numbers. */
    public Recipient recipientFor(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException("to", "is required");
        }
        String input = raw.strip();
        if (input.length() > 32) {
            throw new InvalidPhoneNumberException("to", "must be at most 32 characters");
        }
        // libphonenumber is lenient (it drops trailing letters, a second '+', a leading '-', control characters);
        // a number someone wrote down has none of them, so they are refused rather than guessed at
        if (!TYPED_NUMBER.matcher(input).matches()) {
            throw new InvalidPhoneNumberException("to", "may contain only digits, spaces and ( ) - . / after one optional leading +");
        }
        boolean international = input.startsWith("+") || input.startsWith("00");
        if (!international && defaultRegion == null) {
            throw new InvalidPhoneNumberException("to", "'" + input + "' has no country code and no default region is set;"
                    + " write it as +<country code><number> or set WANOTIFY_DEFAULT_REGION");
        }
        PhoneNumber number;
        try {
            String candidate = input.startsWith("00") ? "+" + input.substring(2) : input;
            number = UTIL.parse(candidate, international ? null : defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException("to", "'" + input + "' is not a phone number (" + describe(e) + ")");
        }
        String region = UTIL.getRegionCodeForNumber(number);
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidPhoneNumberException("to", "'" + input + "' is not a valid number"
                    + (international ? "" : " for region " + defaultRegion));
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        if (!WHATSAPP_CAPABLE.contains(type)) {
            throw new InvalidPhoneNumberException("to", "'" + input + "' is a " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " number; WhatsApp needs a mobile-capable number");
        }
        if (!allowedCountries.isEmpty() && (region == null || !allowedCountries.contains(region))) {
            throw new InvalidPhoneNumberException("to", "'" + input + "' is in " + region
                    + ", which this account may not send to (allowed: " + String.join(", ", allowedCountries.stream().sorted().toList()) + ")");
        }
        return new Recipient(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    private static String describe(NumberParseException e) {
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> "unknown country code";
            case NOT_A_NUMBER -> "contains characters that are not digits";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
            case TOO_LONG -> "too long";
        };
    }
}
