package org.wanotify.adapters.whatsapp;

import java.util.List;

/** One template component (we build only {@code body}) with its parameters. */
public record GraphTemplateComponent(String type, List<GraphTemplateParameter> parameters) {
}
