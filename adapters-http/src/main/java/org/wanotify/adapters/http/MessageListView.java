package org.wanotify.adapters.http;

import java.util.List;
import org.wanotify.application.port.out.MessagePage;

/**
 * One page of {@code GET /v1/messages}, Stripe-style: {@code {"data": [...], "next_cursor": "..." | null}}.
 * Pass {@code next_cursor} back as {@code ?cursor=} for the next (older) page; null means this was the last.
 */
record MessageListView(List<MessageView> data, String nextCursor) {

    static MessageListView of(MessagePage page) {
        return new MessageListView(page.messages().stream().map(MessageView::of).toList(), page.nextCursor());
    }
}
