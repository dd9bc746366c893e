package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Meta's {@code text} object. */
public record GraphText(String body, @JsonProperty("preview_url") boolean previewUrl) {
}
