package org.wanotify.adapters.http;

import java.util.Map;

/**
 * The JSON body of {@code POST /v1/messages}, field for field (snake_case on the wire).
 * Exactly one of text, template, document, image and interactive is meant to be set.
 *
 * @param sensitive true: the content is replaced by {@code ***} in storage once the message is sent or failed
 */
record SendMessageRequest(String to, TextRequest text, TemplateRequest template, DocumentRequest document,
                          ImageRequest image, Map<String, Object> interactive, TemplateRequest fallbackTemplate,
                          String account, String callbackUrl, Map<String, String> metadata, Boolean sensitive) {
}
