package org.wanotify.application.port.in;

import org.wanotify.application.port.out.MessagePage;

/** Lists the messages the caller may see, newest first, one page at a time. */
public interface ListMessagesUseCase {
    MessagePage list(Caller caller, ListMessagesQuery query);
}
