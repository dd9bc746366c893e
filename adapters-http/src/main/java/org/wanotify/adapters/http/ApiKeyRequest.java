package org.wanotify.adapters.http;

import java.util.List;

/** Body of {@code POST /v1/api-keys}: {@code accounts} omitted for an admin key. */
record ApiKeyRequest(String name, List<String> accounts, String callbackUrl) {
}
