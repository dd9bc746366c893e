package org.wanotify.domain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.notification.TemplateContent;

class TemplatePlaceholdersTest {
    @Test
    void readsNamedPlaceholders() {
        TemplatePlaceholders p = TemplatePlaceholders.parse("body", "Hi {{buyer_name}}, login {{username}} / {{password}} ({{plan}})");
        assertEquals(TemplatePlaceholders.Format.NAMED, p.format());
        assertEquals(List.of("buyer_name", "username", "password", "plan"), p.names());
    }

    @Test
    void readsPositionalPlaceholdersInOrder() {
        TemplatePlaceholders p = TemplatePlaceholders.parse("body", "{{2}} then {{1}}");
        assertEquals(List.of("1", "2"), p.names());
    }

    @Test
    void refusesGapsAndMixedFormats() {
        assertThrows(InvalidFieldException.class, () -> TemplatePlaceholders.parse("body", "{{1}} and {{3}}"));
        assertThrows(InvalidFieldException.class, () -> TemplatePlaceholders.parse("body", "{{1}} and {{name}}"));
        assertThrows(InvalidFieldException.class, () -> TemplatePlaceholders.parse("body", "{{Bad-Name}}"));
    }

    @Test
    void rendersWithParameters() {
        assertEquals("Hi Asha, user u1", TemplatePlaceholders.render("Hi {{name}}, user {{user}}",
                new TemplateParameters.Named(Map.of("name", "Asha", "user", "u1"))));
        assertEquals("a-b", TemplatePlaceholders.render("{{1}}-{{2}}", new TemplateParameters.Positional(List.of("a", "b"))));
    }

    @Test
    void templateContentChecksNameAndLanguage() {
        assertThrows(InvalidFieldException.class, () -> new TemplateContent("Bad Name", "en", null, null));
        assertThrows(InvalidFieldException.class, () -> new TemplateContent("ok_name", "english!", null, null));
        assertEquals("en_US", new TemplateContent("ok_name", "en_US", null, null).language());
    }
}
