package org.wanotify.domain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.InvalidFieldException;

class TemplateDefinitionTest {
    static Map<String, String> named(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static TemplateDefinition wifi() {
        return new TemplateDefinition("wifi_credentials", "en", TemplateCategory.UTILITY, ParameterFormat.NAMED, null,
                "Hi {{buyer_name}}, login {{username}} / {{password}} for {{plan}}.",
                new TemplateParameters.Named(named("buyer_name", "Amina", "username", "u1", "password", "p1", "plan", "daily")),
                "Thanks", List.of(), false, null);
    }

    static TemplateDefinition positional(String body, List<String> examples) {
        return new TemplateDefinition("order_update", "en_US", TemplateCategory.UTILITY, ParameterFormat.POSITIONAL, null,
                body, new TemplateParameters.Positional(examples), null, List.of(), false, null);
    }

    private static String field(Runnable r) {
        return assertThrows(InvalidFieldException.class, r::run).field();
    }

    @Test
    void acceptsNamedTemplateWithAnExampleForEveryPlaceholder() {
        assertEquals(List.of("buyer_name", "username", "password", "plan"), wifi().parameterNames());
    }

    @Test
    void refusesNamesMetaRefuses() {
        assertEquals("name", field(() -> new TemplateDefinition("Wifi-Creds", "en", TemplateCategory.UTILITY, null, null,
                "Hello there.", null, null, List.of(), false, null)));
        assertEquals("name", field(() -> new TemplateDefinition("a".repeat(513), "en", TemplateCategory.UTILITY, null, null,
                "Hello there.", null, null, List.of(), false, null)));
    }

    @Test
    void refusesOverlongBodyHeaderFooterAndButtonLabel() {
        assertEquals("components.body.text", field(() -> positional("x".repeat(1025), List.of())));
        assertEquals("text", field(() -> new TemplateHeader("TEXT", "h".repeat(61), null, null)));
        assertEquals("components.footer.text", field(() -> new TemplateDefinition("t", "en", TemplateCategory.UTILITY, null, null,
                "Hello there.", null, "f".repeat(61), List.of(), false, null)));
        assertEquals("text", field(() -> new TemplateButton(TemplateButton.Type.QUICK_REPLY, "b".repeat(26), null, null, null, null)));
    }

    @Test
    void refusesGapsMixedFormatsAndMissingExamples() {
        assertEquals("components.body.text", field(() -> positional("Hi {{1}} and {{3}}.", List.of("a", "b"))));
        assertEquals("components.body.text", field(() -> positional("Hi {{name}} here.", List.of("a"))));
        assertEquals("components.body.example", field(() -> positional("Hi {{1}} and {{2}}.", List.of("a"))));
        assertEquals("components.body.text", field(() -> positional("{{1}} is here.", List.of("a"))));
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> new TemplateDefinition("t", "en",
                TemplateCategory.UTILITY, ParameterFormat.NAMED, null, "Hi {{a}} and {{b}}.",
                new TemplateParameters.Named(named("a", "1")), null, List.of(), false, null));
        assertTrue(e.getMessage().contains("[b]"), e.getMessage());
    }

    @Test
    void checkListsEveryMissingAndExtraNamedParameter() {
        List<ParameterProblem> problems = wifi().check(new TemplateParameters.Named(named("buyer_name", "A", "colour", "red")));
        assertEquals(List.of("template.parameters.username", "template.parameters.password", "template.parameters.plan",
                "template.parameters.colour"), problems.stream().map(ParameterProblem::field).toList());
        assertTrue(wifi().check(new TemplateParameters.Named(named("buyer_name", "A", "username", "u", "password", "p", "plan", "x"))).isEmpty());
        assertEquals(1, wifi().check(new TemplateParameters.Positional(List.of("a", "b", "c", "d"))).size());
        assertEquals(1, wifi().check(TemplateParameters.none()).size());
    }

    @Test
    void checkCountsPositionalParameters() {
        TemplateDefinition t = positional("Order {{1}} ships {{2}}.", List.of("A1", "today"));
        assertTrue(t.check(new TemplateParameters.Positional(List.of("A2", "tomorrow"))).isEmpty());
        assertTrue(t.check(new TemplateParameters.Positional(List.of("A2"))).get(0).message().contains("exactly 2"));
        assertEquals(1, t.check(new TemplateParameters.Named(named("x", "y"))).size());
    }

    @Test
    void rendersWithParameters() {
        assertEquals("Hi Amina, login u1 / p1 for daily.\n\nThanks", wifi().render(wifi().bodyExample()));
    }

    @Test
    void shapeRoundTripsThroughMetasCreateRequest() {
        Map<String, Object> meta = TemplateShape.toMap(wifi());
        assertEquals("named", meta.get("parameter_format"));
        assertEquals(wifi(), TemplateShape.fromMap(meta, true));
        TemplateDefinition p = positional("Order {{1}} ships {{2}}.", List.of("A1", "today"));
        assertEquals(p, TemplateShape.fromMap(TemplateShape.toMap(p), true));
    }

    @Test
    void shapeNamesTheComponentFieldThatIsWrong() {
        Map<String, Object> meta = new LinkedHashMap<>(TemplateShape.toMap(wifi()));
        meta.put("components", List.of(Map.of("type", "BUTTONS", "buttons", List.of(Map.of("type", "QUICK_REPLY", "text", "x".repeat(30))))));
        assertEquals("components[0].buttons[0].text", field(() -> TemplateShape.fromMap(meta, true)));
        meta.put("colour", "red");
        assertEquals("colour", field(() -> TemplateShape.fromMap(meta, true)));
    }

    @Test
    void authenticationTemplateNeedsOneOtpButtonAndTakesTheCode() {
        TemplateDefinition auth = new TemplateDefinition("login_code", "en", TemplateCategory.AUTHENTICATION, null, null, null, null,
                null, List.of(new TemplateButton(TemplateButton.Type.OTP, "Copy Code", null, null, null, "copy_code")), true, 5);
        assertEquals(List.of("1"), auth.parameterNames());
        assertEquals("components.buttons", field(() -> new TemplateDefinition("login_code", "en", TemplateCategory.AUTHENTICATION,
                null, null, null, null, null, List.of(), true, 5)));
        assertEquals("template.code", field(() -> new OneTimePassword("1234567890123456")));
        assertEquals("OneTimePassword[***]", new OneTimePassword("123456").toString());
    }

    @Test
    void statusFromMetaIsCaseInsensitiveAndIgnoresEventsThatChangeNothing() {
        assertEquals(TemplateStatus.PAUSED, TemplateStatus.fromMeta("paused").orElseThrow());
        assertEquals(TemplateStatus.APPROVED, TemplateStatus.fromMeta("REINSTATED").orElseThrow());
        assertTrue(TemplateStatus.fromMeta("FLAGGED").isEmpty());
    }
}
