package org.wanotify.application.port.in;

/** The 24-hour window of one customer with one account. */
public interface GetConversationUseCase {
    /** {@code account} null means {@code default}; {@code phone} is normalised with the account's phone policy. */
    Conversation get(Caller caller, String account, String phone);
}
