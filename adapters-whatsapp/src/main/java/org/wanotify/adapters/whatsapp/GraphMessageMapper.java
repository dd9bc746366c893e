package org.wanotify.adapters.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wanotify.application.port.out.OutboundMessage;
import org.wanotify.domain.notification.DocumentContent;
import org.wanotify.domain.notification.ImageContent;
import org.wanotify.domain.notification.InteractiveContent;
import org.wanotify.domain.notification.MediaSource;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.template.TemplateParameters;

/** Turns an {@link OutboundMessage} into the Cloud API's send request. */
public final class GraphMessageMapper {
    static final String MESSAGING_PRODUCT = "whatsapp";
    static final String INDIVIDUAL = "individual";

    public GraphSendRequest toRequest(OutboundMessage message) {
        MessageContent content = message.content();
        GraphText text = null;
        GraphTemplate template = null;
        GraphMedia document = null;
        GraphMedia image = null;
        Map<String, Object> interactive = null;
        if (content instanceof TextContent t) {
            text = new GraphText(t.body(), t.previewUrl());
        } else if (content instanceof TemplateContent t) {
            template = new GraphTemplate(t.name(), new GraphLanguage(t.language()), components(t));
        } else if (content instanceof DocumentContent d) {
            document = media(d.source(), d.filename(), d.caption());
        } else if (content instanceof ImageContent i) {
            image = media(i.source(), null, i.caption());
        } else if (content instanceof InteractiveContent i) {
            interactive = i.interactive();
        } else {
            throw new IllegalArgumentException("no Graph mapping for content type " + content.type());
        }
        // The id rides along on every send so a status webhook can be matched even if the wamid was never stored.
        return new GraphSendRequest(MESSAGING_PRODUCT, INDIVIDUAL, message.to().e164(), content.type(),
                text, template, document, image, interactive, message.id().value());
    }

    private static List<Object> components(TemplateContent t) {
        if (!t.components().isEmpty()) {
            return List.copyOf(t.components());
        }
        List<GraphTemplateParameter> parameters = new ArrayList<>();
        TemplateParameters given = t.parameters();
        if (given instanceof TemplateParameters.Positional p) {
            p.values().forEach(v -> parameters.add(GraphTemplateParameter.positional(v)));
        } else if (given instanceof TemplateParameters.Named n) {
            n.values().forEach((name, v) -> parameters.add(GraphTemplateParameter.named(name, v)));
        }
        return parameters.isEmpty() ? null : List.of(new GraphTemplateComponent("body", parameters));
    }

    private static GraphMedia media(MediaSource source, String filename, String caption) {
        return new GraphMedia(source.link(), source.mediaId(), blankToNull(filename), blankToNull(caption));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
