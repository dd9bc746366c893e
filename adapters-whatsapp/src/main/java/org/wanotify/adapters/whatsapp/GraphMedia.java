package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Meta's media object for {@code document} and {@code image}: {@code link} or {@code id}, never both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphMedia(String link, String id, String filename, String caption) {
}
