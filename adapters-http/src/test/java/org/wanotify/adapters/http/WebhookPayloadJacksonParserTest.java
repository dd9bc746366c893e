package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.application.port.out.ReceivedMessage;
import org.wanotify.application.port.out.WebhookEvents;
import org.wanotify.domain.notification.MessageStatus;

class WebhookPayloadJacksonParserTest {
    private final WebhookPayloadJacksonParser parser = new WebhookPayloadJacksonParser();

    /** Meta's inbound shapes (graph-api-facts.md §4): text, a tapped button, an image with caption, a location. */
    @Test
    void readsInboundMessagesWithContactsAndTheirText() {
        WebhookEvents events = parser.parse("""
                {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages","value":{
                  "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
                  "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],
                  "messages":[
                    {"from":"16505551234","id":"wamid.T","timestamp":"1749416383","type":"text","text":{"body":"Is my WiFi on?"}},
                    {"from":"16505551234","id":"wamid.B","timestamp":"1749416384","type":"button","button":{"payload":"p","text":"Yes"}},
                    {"from":"16505551234","id":"wamid.I","timestamp":"1749416385","type":"image","image":{"id":"m","caption":"receipt"}},
                    {"from":"16505551234","id":"wamid.L","timestamp":"1749416386","type":"location","location":{"latitude":1}},
                    {"from":"16505551234","id":"wamid.X","timestamp":"soon","type":"text","text":{"body":"bad time"}}]}}]}]}""");
        assertEquals(List.of(
                new ReceivedMessage("106540352242922", "16505551234", "wamid.T", "text", "Is my WiFi on?", Instant.ofEpochSecond(1749416383L)),
                new ReceivedMessage("106540352242922", "16505551234", "wamid.B", "button", "Yes", Instant.ofEpochSecond(1749416384L)),
                new ReceivedMessage("106540352242922", "16505551234", "wamid.I", "image", "receipt", Instant.ofEpochSecond(1749416385L)),
                new ReceivedMessage("106540352242922", "16505551234", "wamid.L", "location", null, Instant.ofEpochSecond(1749416386L))),
                events.messages());
        assertTrue(events.statuses().isEmpty());
    }

    @Test
    void aFailedStatusWith131047CarriesCodeTitleDetailsAndATemplateHint() {
        WebhookEvents events = parser.parse("""
                {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages","value":{
                  "metadata":{"phone_number_id":"106540352242922"},
                  "statuses":[{"id":"wamid.F","status":"failed","timestamp":"1750030073","recipient_id":"16505551234",
                    "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",
                      "error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
                      "href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}]}}]}]}""");
        StatusUpdate failed = events.statuses().get(0);
        assertEquals(MessageStatus.FAILED, failed.status());
        assertEquals(131047, failed.error().code());
        assertEquals("Re-engagement message", failed.error().title());
        assertTrue(failed.error().detail().startsWith("Message failed to send because more than 24 hours"));
        assertTrue(failed.error().hint().contains("template"), failed.error().hint());
    }

    @Test
    void ignoresKindsItDoesNotApply() {
        WebhookEvents events = parser.parse("""
                {"entry":[{"changes":[{"field":"message_template_status_update","value":{"event":"APPROVED"}},
                  {"field":"messages","value":{"statuses":[{"id":"w","status":"played","timestamp":"1750030073"}]}}]}]}""");
        assertTrue(events.statuses().isEmpty() && events.messages().isEmpty());
        assertTrue(parser.parse("[1,2]").messages().isEmpty());
    }
}
