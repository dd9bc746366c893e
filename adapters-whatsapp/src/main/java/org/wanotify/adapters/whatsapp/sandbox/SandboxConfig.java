package org.wanotify.adapters.whatsapp.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Settings of the {@link CloudApiSimulator}: the one phone number it knows, the credentials it expects and where
 * it posts status webhooks.
 *
 * @param port          TCP port on the loopback interface, 0 for a free one
 * @param accessToken   the bearer token it accepts
 * @param phoneNumberId the only phone number id it sends from
 * @param wabaId        the WhatsApp Business Account id put into webhooks ({@code entry[].id})
 * @param appSecret     key of the {@code X-Hub-Signature-256} HMAC; null sends unsigned webhooks
 * @param webhookUrl    asked at each webhook for the URL to post to; null (or a null answer) sends none
 * @param statusDelay   the pause before {@code sent}, between {@code sent} and {@code delivered}, and before {@code read}
 */
public record SandboxConfig(int port, String accessToken, String phoneNumberId, String wabaId, String appSecret,
                            Supplier<String> webhookUrl, Duration statusDelay) {
    public static final String DEFAULT_ACCESS_TOKEN = "sandbox-access-token";
    public static final String DEFAULT_PHONE_NUMBER_ID = "100000000000001";
    public static final String DEFAULT_WABA_ID = "200000000000001";
    public static final String DEFAULT_APP_SECRET = "sandbox-app-secret";

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: must be 0 (any free port) or 1-65535, was " + port);
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken: is required");
        }
        if (phoneNumberId == null || !phoneNumberId.matches("[0-9]{1,32}")) {
            throw new IllegalArgumentException("phoneNumberId: must be numeric, was " + phoneNumberId);
        }
        wabaId = Objects.requireNonNullElse(wabaId, DEFAULT_WABA_ID);
        statusDelay = Objects.requireNonNullElse(statusDelay, Duration.ofSeconds(1));
        if (statusDelay.isNegative()) {
            throw new IllegalArgumentException("statusDelay: must not be negative, was " + statusDelay);
        }
    }

    /** The embedded sandbox's fixed identity (loopback only, so fixed credentials expose nothing). */
    public static SandboxConfig defaults(int port, Supplier<String> webhookUrl, Duration statusDelay) {
        return new SandboxConfig(port, DEFAULT_ACCESS_TOKEN, DEFAULT_PHONE_NUMBER_ID, DEFAULT_WABA_ID,
                DEFAULT_APP_SECRET, webhookUrl, statusDelay);
    }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", phoneNumberId=" + phoneNumberId + ", wabaId=" + wabaId
                + ", accessToken=***, appSecret=" + (appSecret == null ? "none" : "***")
                + ", webhooks=" + (webhookUrl != null) + ", statusDelay=" + statusDelay + "]";
    }
}
