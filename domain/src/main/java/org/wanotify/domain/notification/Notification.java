package org.wanotify.domain.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wanotify.domain.recipient.Recipient;

/**
 * One message to one recipient and everything that happened to it. Its status only moves
 * forward: queued/scheduled → sending → sent → delivered → read, or failed.
 */
public final class Notification {
    private final MessageId id;
    private final String account;
    private final Recipient to;
    private final MessageContent content;
    private final String sentAs;
    private final MessageId resentFrom;
    private final Map<String, String> metadata;
    private final String callbackUrl;
    private final Instant createdAt;
    private final List<StatusEvent> events;
    private MessageStatus status;
    private String whatsappMessageId;
    private int attempts;
    private Instant nextAttemptAt;
    private SendError error;
    private Instant updatedAt;

    private Notification(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.account = Objects.requireNonNull(b.account, "account");
        this.to = Objects.requireNonNull(b.to, "to");
        this.content = Objects.requireNonNull(b.content, "content");
        this.sentAs = b.sentAs;
        this.resentFrom = b.resentFrom;
        this.metadata = b.metadata == null ? Map.of() : Map.copyOf(b.metadata);
        this.callbackUrl = b.callbackUrl;
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.events = new ArrayList<>(b.events);
        this.status = Objects.requireNonNull(b.status, "status");
        this.whatsappMessageId = b.whatsappMessageId;
        this.attempts = b.attempts;
        this.nextAttemptAt = b.nextAttemptAt;
        this.error = b.error;
        this.updatedAt = b.updatedAt == null ? b.createdAt : b.updatedAt;
    }

    /** A new message, queued for its first attempt now. */
    public static Notification queue(MessageId id, String account, Recipient to, MessageContent content,
                                     Map<String, String> metadata, String callbackUrl, String sentAs, Instant now) {
        return builder().id(id).account(account).to(to).content(content).metadata(metadata).callbackUrl(callbackUrl)
                .sentAs(sentAs).createdAt(now).status(MessageStatus.QUEUED).nextAttemptAt(now)
                .events(List.of(new StatusEvent(MessageStatus.QUEUED, now))).build();
    }

    /** A new queued message with the same account, recipient, content, metadata and callback as {@code original}. */
    public static Notification resendOf(Notification original, MessageId id, Instant now) {
        return builder().id(id).account(original.account).to(original.to).content(original.content)
                .metadata(original.metadata).callbackUrl(original.callbackUrl).sentAs(original.sentAs).resentFrom(original.id)
                .createdAt(now).status(MessageStatus.QUEUED).nextAttemptAt(now)
                .events(List.of(new StatusEvent(MessageStatus.QUEUED, now))).build();
    }

    /** The dispatcher takes the message for an attempt. */
    public void startAttempt(Instant now) {
        if (status != MessageStatus.QUEUED && status != MessageStatus.SCHEDULED) {
            throw new IllegalStatusTransitionException(status, MessageStatus.SENDING);
        }
        status = MessageStatus.SENDING;
        attempts++;
        nextAttemptAt = null;
        updatedAt = now;
    }

    /** Meta accepted the message and gave it {@code wamid}. A webhook may already have moved it further. */
    public void accepted(String wamid, Instant now) {
        whatsappMessageId = Objects.requireNonNull(wamid, "wamid");
        error = null;
        advanceTo(MessageStatus.SENT, now);
        updatedAt = now;
    }

    /** Records Meta's id for this message when a webhook tells it before the send's own answer did. */
    public void learnWhatsAppId(String wamid) {
        if (whatsappMessageId == null) {
            whatsappMessageId = Objects.requireNonNull(wamid, "wamid");
        }
    }

    /** The attempt failed for good. */
    public void fail(SendError failure, Instant now) {
        if (status == MessageStatus.FAILED || status.rank() >= MessageStatus.DELIVERED.rank()) {
            return;
        }
        error = Objects.requireNonNull(failure, "failure");
        status = MessageStatus.FAILED;
        nextAttemptAt = null;
        events.add(new StatusEvent(MessageStatus.FAILED, now));
        updatedAt = now;
    }

    /** The attempt failed in a way worth retrying at {@code at}. */
    public void retryAt(Instant at, SendError failure, Instant now) {
        if (status != MessageStatus.SENDING && status != MessageStatus.QUEUED && status != MessageStatus.SCHEDULED) {
            return;
        }
        error = failure;
        status = MessageStatus.SCHEDULED;
        nextAttemptAt = Objects.requireNonNull(at, "at");
        events.add(new StatusEvent(MessageStatus.SCHEDULED, now));
        updatedAt = now;
    }

    /** An attempt that never reached Meta goes back to the queue untouched (e.g. on shutdown). */
    public void returnToQueue(Instant now) {
        if (status == MessageStatus.SENDING) {
            status = MessageStatus.QUEUED;
            attempts = Math.max(0, attempts - 1);
            nextAttemptAt = now;
            updatedAt = now;
        }
    }

    /**
     * Applies a status Meta reported at {@code at}. Returns false when it changes nothing (a duplicate
     * or a late arrival). A jump records the skipped steps too ({@code read} without {@code delivered}).
     */
    public boolean applyReported(MessageStatus reported, Instant at, SendError failure, Instant now) {
        if (reported == MessageStatus.FAILED) {
            if (status == MessageStatus.FAILED || status.rank() >= MessageStatus.DELIVERED.rank()) {
                return false;
            }
            fail(failure == null ? new SendError(0, "Failed", "Meta reported the message as failed", null, false, null) : failure, at);
            updatedAt = now;
            return true;
        }
        if (reported.rank() < MessageStatus.SENT.rank() || status == MessageStatus.FAILED || reported.rank() <= status.rank()) {
            return false;
        }
        advanceTo(reported, at);
        nextAttemptAt = null;
        updatedAt = now;
        return true;
    }

    private void advanceTo(MessageStatus target, Instant at) {
        for (MessageStatus step : List.of(MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ)) {
            if (step.rank() > status.rank() && step.rank() <= target.rank()) {
                events.add(new StatusEvent(step, at));
            }
        }
        if (target.rank() > status.rank()) {
            status = target;
        }
    }

    public MessageId id() { return id; }
    public String account() { return account; }
    public Recipient to() { return to; }
    public MessageContent content() { return content; }
    public String type() { return content.type(); }
    /** Null, or {@code template} when a fallback template replaced the free-form message asked for. */
    public String sentAs() { return sentAs; }
    public Map<String, String> metadata() { return metadata; }
    /** The message this one repeats ({@code POST /v1/messages/{id}/resend}), or null. */
    public MessageId resentFrom() { return resentFrom; }
    public String callbackUrl() { return callbackUrl; }
    public Instant createdAt() { return createdAt; }
    public List<StatusEvent> events() { return Collections.unmodifiableList(events); }
    public MessageStatus status() { return status; }
    public String whatsappMessageId() { return whatsappMessageId; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public SendError error() { return error; }
    public Instant updatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "Notification[" + id + " " + status + " to " + to.masked() + " via " + account + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Rebuilds a stored notification; used by stores and tests. */
    public static final class Builder {
        private MessageId id;
        private String account;
        private Recipient to;
        private MessageContent content;
        private String sentAs;
        private MessageId resentFrom;
        private Map<String, String> metadata;
        private String callbackUrl;
        private Instant createdAt;
        private List<StatusEvent> events = List.of();
        private MessageStatus status;
        private String whatsappMessageId;
        private int attempts;
        private Instant nextAttemptAt;
        private SendError error;
        private Instant updatedAt;

        public Builder id(MessageId v) { id = v; return this; }
        public Builder account(String v) { account = v; return this; }
        public Builder to(Recipient v) { to = v; return this; }
        public Builder content(MessageContent v) { content = v; return this; }
        public Builder sentAs(String v) { sentAs = v; return this; }
        public Builder resentFrom(MessageId v) { resentFrom = v; return this; }
        public Builder metadata(Map<String, String> v) { metadata = v; return this; }
        public Builder callbackUrl(String v) { callbackUrl = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder events(List<StatusEvent> v) { events = v; return this; }
        public Builder status(MessageStatus v) { status = v; return this; }
        public Builder whatsappMessageId(String v) { whatsappMessageId = v; return this; }
        public Builder attempts(int v) { attempts = v; return this; }
        public Builder nextAttemptAt(Instant v) { nextAttemptAt = v; return this; }
        public Builder error(SendError v) { error = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }

        public Notification build() {
            return new Notification(this);
        }
    }
}
