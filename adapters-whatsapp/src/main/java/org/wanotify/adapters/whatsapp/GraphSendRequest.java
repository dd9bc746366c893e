package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The JSON body of {@code POST /{version}/{phone-number-id}/messages}; exactly one content field is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphSendRequest(
        @JsonProperty("messaging_product") String messagingProduct,
        @JsonProperty("recipient_type") String recipientType,
        String to,
        String type,
        GraphText text,
        GraphTemplate template,
        GraphMedia document,
        GraphMedia image,
        Map<String, Object> interactive,
        @JsonProperty("biz_opaque_callback_data") String bizOpaqueCallbackData) {
}
