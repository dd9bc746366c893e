package org.wanotify.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.wanotify.adapters.whatsapp.sandbox.WebhookSignature;

/** Meta's webhook payloads (graph-api-facts.md §4), built as Meta sends them and signed with an app secret. */
final class MetaWebhooks {
    private MetaWebhooks() {
    }

    static String status(String wamid, String status, long timestamp, String callbackData) {
        return "{\"id\":\"" + wamid + "\",\"status\":\"" + status + "\",\"timestamp\":\"" + timestamp + "\",\"recipient_id\":\"255781588379\""
                + (callbackData == null ? "" : ",\"biz_opaque_callback_data\":\"" + callbackData + "\"")
                + (status.equals("sent") ? ",\"conversation\":{\"id\":\"c1\",\"expiration_timestamp\":\"" + (timestamp + 86_400)
                        + "\",\"origin\":{\"type\":\"utility\"}},\"pricing\":{\"billable\":true,\"pricing_model\":\"PMP\",\"type\":\"regular\",\"category\":\"utility\"}" : "")
                + "}";
    }

    static String failed(String wamid, long timestamp, int code, String title, String details) {
        return "{\"id\":\"" + wamid + "\",\"status\":\"failed\",\"timestamp\":\"" + timestamp + "\",\"recipient_id\":\"255781588379\","
                + "\"errors\":[{\"code\":" + code + ",\"title\":\"" + title + "\",\"message\":\"" + title + "\","
                + "\"error_data\":{\"details\":\"" + details + "\"},\"href\":\"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/\"}]}";
    }

    static String statuses(String phoneNumberId, List<String> statuses) {
        return envelope(phoneNumberId, "\"statuses\":[" + String.join(",", statuses) + "]");
    }

    static String inboundText(String phoneNumberId, String from, String wamid, long timestamp, String body) {
        return envelope(phoneNumberId, "\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},\"wa_id\":\"" + from + "\"}],"
                + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + timestamp
                + "\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}]");
    }

    private static String envelope(String phoneNumberId, String value) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"209876543210987\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\""
                + phoneNumberId + "\"}," + value + "}}]}]}";
    }

    static Map<String, String> signedBy(String appSecret, String body) {
        return Map.of(WebhookSignature.HEADER, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), appSecret));
    }
}
