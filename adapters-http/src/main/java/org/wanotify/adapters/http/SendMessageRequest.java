package org.wanotify.adapters.http;

import java.util.Map;

/**
 * The JSON body of {@code POST /v1/messages}, field for field (snake_case on the wire).
 * Exactly one of text, template, document, image and interactive is meant to be set.
 *
 * @param sensitive accepted for forward compatibility and ignored for now
 */
record SendMessageRequest(String to, TextRequest text, TemplateRequest template, DocumentRequest document,
                          ImageRequest image, Map<String, Object> interactive, TemplateRequest fallbackTemplate,
                          String account, String callbackUrl, Map<String, String> metadata, Boolean sensitive) {
}
