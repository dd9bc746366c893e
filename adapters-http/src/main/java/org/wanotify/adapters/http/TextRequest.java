package org.wanotify.adapters.http;

/**
 * {@code text} of a send request.
 *
 * @param previewUrl a wrapper because records see an absent field as null, which the strict mapper refuses for primitives
 */
record TextRequest(String body, Boolean previewUrl) {
}
