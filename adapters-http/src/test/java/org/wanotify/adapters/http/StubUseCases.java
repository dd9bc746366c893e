package org.wanotify.adapters.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wanotify.application.port.in.AuthenticateUseCase;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.Conversation;
import org.wanotify.application.port.in.GetConversationUseCase;
import org.wanotify.application.port.in.GetHealthUseCase;
import org.wanotify.application.port.in.GetMessageUseCase;
import org.wanotify.application.port.in.HandleWebhookUseCase;
import org.wanotify.application.port.in.Health;
import org.wanotify.application.port.in.ListMessagesQuery;
import org.wanotify.application.port.in.ListMessagesUseCase;
import org.wanotify.application.port.in.ReceiveWebhookUseCase;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.application.port.in.SendMessageResult;
import org.wanotify.application.port.in.SendMessageUseCase;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.application.port.out.MessagePage;
import org.wanotify.application.port.out.ReceivedMessage;
import org.wanotify.application.port.out.WebhookEvents;
import org.wanotify.domain.notification.Notification;

/** Hand-written stand-ins for every use case the HTTP adapter calls; they record what they were asked. */
final class StubUseCases implements SendMessageUseCase, GetMessageUseCase, ListMessagesUseCase, AuthenticateUseCase,
        HandleWebhookUseCase, GetHealthUseCase, ReceiveWebhookUseCase, GetConversationUseCase {

    static final String KEY = "wk_test_0123456789";
    static final Caller CALLER = new Caller("key_1", "shop", false, java.util.Set.of("default"), null);

    final List<SendMessageCommand> sent = new ArrayList<>();
    final List<ListMessagesQuery> listed = new ArrayList<>();
    final List<String> fetched = new ArrayList<>();
    final List<String> presentedKeys = new ArrayList<>();
    final List<List<StatusUpdate>> applied = new ArrayList<>();
    final List<String> signatureIds = new ArrayList<>();
    final List<byte[]> received = new ArrayList<>();
    final List<ReceivedMessage> inbound = new ArrayList<>();
    final List<List<String>> conversationLookups = new ArrayList<>();
    Conversation conversation;

    Function<SendMessageCommand, SendMessageResult> onSend;
    Function<String, Notification> onGet;
    Function<ListMessagesQuery, MessagePage> onList;
    Health healthState;
    boolean authentic;
    java.util.function.Consumer<byte[]> rawBodyHook;
    final String verifyToken = "verify-me";

    StubUseCases() {
        reset();
    }

    /** Forgets what was asked and restores the default answers (one server serves a whole test class). */
    void reset() {
        List.of(sent, listed, fetched, presentedKeys, applied, signatureIds, received, inbound, conversationLookups).forEach(List::clear);
        conversation = new Conversation("default", "+255781588379", false, null, null);
        onSend = c -> new SendMessageResult(Fixtures.queued(), false, false);
        onGet = id -> Fixtures.delivered();
        onList = q -> new MessagePage(List.of(Fixtures.queued()), null);
        healthState = new Health("ok", "sandbox", "ok", List.of(new Health.AccountHealth("default", "active", null)));
        authentic = true;
        rawBodyHook = raw -> { };
    }

    @Override
    public SendMessageResult send(SendMessageCommand command) {
        sent.add(command);
        return onSend.apply(command);
    }

    @Override
    public Notification get(Caller caller, String id) {
        fetched.add(id);
        return onGet.apply(id);
    }

    @Override
    public MessagePage list(Caller caller, ListMessagesQuery query) {
        listed.add(query);
        return onList.apply(query);
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        presentedKeys.add(presentedKey);
        return KEY.equals(presentedKey) ? Optional.of(CALLER) : Optional.empty();
    }

    @Override
    public Health health() {
        return healthState;
    }

    @Override
    public Optional<String> verifySubscription(String mode, String token, String challenge) {
        return "subscribe".equals(mode) && verifyToken.equals(token) ? Optional.of(challenge) : Optional.empty();
    }

    @Override
    public boolean isAuthentic(byte[] rawBody, String signatureHeader, List<String> phoneNumberIds) {
        signatureIds.addAll(phoneNumberIds);
        rawBodyHook.accept(rawBody);
        return authentic && signatureHeader != null;
    }

    @Override
    public int applyStatuses(List<StatusUpdate> updates) {
        applied.add(updates);
        return updates.size();
    }

    /** Like the real intake, stores the body; here it is parsed at once, so tests can see what would be applied. */
    @Override
    public void receive(byte[] rawBody) {
        received.add(rawBody);
        WebhookEvents events = new WebhookPayloadJacksonParser().parse(new String(rawBody, java.nio.charset.StandardCharsets.UTF_8));
        if (!events.statuses().isEmpty()) {
            applyStatuses(events.statuses());
        }
        inbound.addAll(events.messages());
    }

    @Override
    public Conversation get(Caller caller, String account, String phone) {
        conversationLookups.add(java.util.Arrays.asList(account, phone));
        return conversation;
    }

    static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + KEY);
    }
}
