package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Meta's request schema {@code components.schemas.Message} from the official OpenAPI file, repaired where the file
 * is known to be wrong, as a standalone JSON Schema (2020-12). The repairs, each applied by name:
 * <ol>
 *   <li>{@code allOf} parts with {@code additionalProperties: false} (TextMessage, DocumentMessage, ImageMessage,
 *       InteractiveMessage, ...) reject the other part's properties, so no request could pass: the parts are merged
 *       into one object schema (properties and required lists united) that keeps {@code additionalProperties: false}.</li>
 *   <li>{@code biz_opaque_callback_data} is declared only for the Calling API, though Meta's docs accept it on every
 *       send (max 512): it is added to {@code BaseMessageProperties}.</li>
 *   <li>{@code recipient_type} is marked required though Meta does not require it: left as it is, because we always
 *       send it, so the check stays as strict as possible.</li>
 *   <li>{@code LanguageObject} marks {@code policy} required: dropped from {@code required}.</li>
 *   <li>The button {@code sub_type} enum lacks {@code copy_code} and the button parameter type enum lacks
 *       {@code coupon_code}: both added.</li>
 *   <li>The button {@code index} pattern {@code ^[2-6, 11-14]$} rejects "0": replaced by {@code ^[0-9]$}, the
 *       "Position index of the button (0-9)" its own description gives.</li>
 *   <li>Discriminators on base schemas without {@code oneOf} (TemplateComponent, ParameterObject,
 *       ButtonParameterObject) would check nothing but the base: each is rewritten into {@code if type == x then
 *       <subtype's own part>} so a body component's or button's own rules apply.</li>
 * </ol>
 */
final class MetaMessageSchema {
    static final String FILE = "meta-business-messaging-api_v23.0.yaml";
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final String DEFS_PREFIX = "#/$defs/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode openApi;
    private static JsonSchema schema;

    private MetaMessageSchema() {
    }

    /** The validation errors of {@code body} against {@code Message}; empty when it is valid. */
    static List<String> errors(JsonNode body) {
        Set<ValidationMessage> messages = load().validate(body);
        return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
    }

    /** The {@code value} of one named request example of {@code POST /{Version}/{Phone-Number-ID}/messages}. */
    static JsonNode requestExample(String name) {
        try {
            JsonNode value = openApi().path("paths").path("/{Version}/{Phone-Number-ID}/messages").path("post")
                    .path("requestBody").path("content").path("application/json").path("examples").path(name).path("value");
            if (value.isMissingNode()) {
                throw new IllegalArgumentException("no request example named " + name);
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized JsonNode openApi() throws IOException {
        if (openApi == null) {
            openApi = new ObjectMapper(new YAMLFactory()).readTree(locate().toFile());
        }
        return openApi;
    }

    private static synchronized JsonSchema load() {
        if (schema == null) {
            try {
                ObjectNode schemas = ((ObjectNode) openApi().at("/components/schemas")).deepCopy();
                repair(schemas);
                ObjectNode root = JSON.createObjectNode()
                        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                        .put("$ref", DEFS_PREFIX + "Message");
                // $defs is where 2020-12 keeps subschemas, so the validator knows every keyword of the document.
                root.set("$defs", toDefs(schemas));
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    static Path locate() {
        String dir = System.getProperty("wanotify.reference.dir");
        if (dir != null && Files.isRegularFile(Path.of(dir, FILE))) {
            return Path.of(dir, FILE);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("reference").resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find reference/" + FILE + " (set -Dwanotify.reference.dir)");
    }

    private static void repair(ObjectNode schemas) {
        ((ObjectNode) schemas.at("/BaseMessageProperties/properties")).putObject("biz_opaque_callback_data")
                .put("type", "string").put("maxLength", 512);
        removeValue((ArrayNode) schemas.at("/LanguageObject/required"), "policy");
        fixButtons(schemas);
        rewriteDiscriminators(schemas);
        mergeStrictAllOfs(schemas, schemas);
    }

    private static void fixButtons(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode subType = object.path("properties").path("sub_type").path("enum");
            if (subType instanceof ArrayNode values && contains(values, "quick_reply") && !contains(values, "copy_code")) {
                values.add("copy_code");
            }
            JsonNode parameterType = object.path("properties").path("type").path("enum");
            if (parameterType instanceof ArrayNode values && contains(values, "payload") && !contains(values, "coupon_code")) {
                values.add("coupon_code");
            }
            JsonNode index = object.path("properties").path("index");
            if (index instanceof ObjectNode i && "^[2-6, 11-14]$".equals(i.path("pattern").asText())) {
                i.put("pattern", "^[0-9]$");
            }
        }
        node.forEach(MetaMessageSchema::fixButtons);
    }

    private static void rewriteDiscriminators(ObjectNode schemas) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ObjectNode base = (ObjectNode) entry.getValue();
            JsonNode discriminator = base.remove("discriminator");
            if (discriminator == null || base.has("oneOf")) {
                continue; // with oneOf (Message) the branches' type enums already pick exactly one
            }
            String property = discriminator.path("propertyName").asText();
            ArrayNode conditions = base.withArray("allOf");
            discriminator.path("mapping").fields().forEachRemaining(m -> {
                ArrayNode own = JSON.createArrayNode();
                schemas.path(m.getValue().asText().substring(REF_PREFIX.length())).path("allOf").forEach(part -> {
                    if (!(REF_PREFIX + entry.getKey()).equals(part.path("$ref").asText())) {
                        own.add(part.deepCopy());
                    }
                });
                ObjectNode condition = conditions.addObject();
                ObjectNode test = condition.putObject("if");
                test.putObject("properties").putObject(property).put("const", m.getKey());
                test.putArray("required").add(property);
                condition.putObject("then").set("allOf", own);
            });
        }
    }

    private static void mergeStrictAllOfs(JsonNode node, ObjectNode schemas) {
        node.forEach(child -> mergeStrictAllOfs(child, schemas));
        if (!(node instanceof ObjectNode object) || !(object.get("allOf") instanceof ArrayNode parts)) {
            return;
        }
        List<JsonNode> resolved = new ArrayList<>();
        parts.forEach(p -> resolved.add(p.has("$ref") ? schemas.path(p.path("$ref").asText().substring(REF_PREFIX.length())) : p));
        if (resolved.stream().noneMatch(p -> p.path("additionalProperties").isBoolean() && !p.path("additionalProperties").asBoolean())) {
            return;
        }
        ObjectNode properties = JSON.createObjectNode();
        ArrayNode required = JSON.createArrayNode();
        for (JsonNode part : resolved) {
            part.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), properties.has(p.getKey())
                    ? JSON.createObjectNode().set("allOf", JSON.createArrayNode().add(properties.get(p.getKey())).add(p.getValue()))
                    : p.getValue()));
            part.path("required").forEach(r -> {
                if (!contains(required, r.asText())) {
                    required.add(r);
                }
            });
        }
        object.remove("allOf");
        object.put("type", "object");
        object.set("properties", properties);
        object.set("required", required);
        object.put("additionalProperties", false);
    }

    /** Points every reference at {@code $defs} and drops OpenAPI's {@code example} and {@code discriminator}, unknown to 2020-12. */
    private static JsonNode toDefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("example");
            object.remove("discriminator"); // left only where oneOf branches already exclude each other
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(REF_PREFIX)) {
                object.put("$ref", DEFS_PREFIX + ref.asText().substring(REF_PREFIX.length()));
            }
        }
        node.forEach(MetaMessageSchema::toDefs);
        return node;
    }

    private static boolean contains(ArrayNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void removeValue(ArrayNode values, String value) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i).asText().equals(value)) {
                values.remove(i);
            }
        }
    }
}
