package org.wanotify.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateShape;
import org.wanotify.domain.template.TemplateStatus;

/** The template registry on SQLite or PostgreSQL through JDBI; the definition is stored as Meta-shaped JSON. */
public final class TemplateJdbiAdapter implements TemplateStore {
    private static final String COLUMNS = "account, name, language, category, status, meta_id, rejection_reason,"
            + " last_synced_at, definition, updated_at";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Jdbi jdbi;
    private final ObjectMapper json = new ObjectMapper();
    private final RowMapper<Template> mapper = (rs, ctx) -> {
        long synced = rs.getLong("last_synced_at");
        Instant lastSynced = rs.wasNull() ? null : Instant.ofEpochMilli(synced);
        return new Template(rs.getString("account"), TemplateShape.fromMap(read(rs.getString("definition")), false),
                rs.getString("meta_id"), TemplateStatus.valueOf(rs.getString("status")), rs.getString("rejection_reason"),
                lastSynced);
    };

    public TemplateJdbiAdapter(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void save(Template t) {
        String definition = write(TemplateShape.toMap(t.definition()));
        run("storing a template", h -> h.createUpdate("INSERT INTO templates (" + COLUMNS + ") VALUES (:account, :name,"
                        + " :language, :category, :status, :metaId, :reason, :synced, :definition, :now)"
                        + " ON CONFLICT (account, name, language) DO UPDATE SET category = excluded.category,"
                        + " status = excluded.status, meta_id = excluded.meta_id, rejection_reason = excluded.rejection_reason,"
                        + " last_synced_at = excluded.last_synced_at, definition = excluded.definition, updated_at = excluded.updated_at")
                .bind("account", t.account()).bind("name", t.name()).bind("language", t.language())
                .bind("category", t.definition().category().name()).bind("status", t.status().name())
                .bind("metaId", t.metaId()).bind("reason", t.rejectionReason())
                .bind("synced", t.lastSyncedAt() == null ? null : t.lastSyncedAt().toEpochMilli())
                .bind("definition", definition).bind("now", System.currentTimeMillis())
                .execute());
    }

    @Override
    public Optional<Template> find(String account, String name, String language) {
        return run("reading a template", h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM templates WHERE account = :account AND name = :name AND language = :language")
                .bind("account", account).bind("name", name).bind("language", language).map(mapper).findOne());
    }

    @Override
    public List<Template> findByName(String account, String name) {
        return run("reading a template", h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM templates WHERE account = :account AND name = :name ORDER BY language")
                .bind("account", account).bind("name", name).map(mapper).list());
    }

    @Override
    public List<Template> list(String account) {
        return run("listing templates", h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM templates WHERE account = :account ORDER BY name, language")
                .bind("account", account).map(mapper).list());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a template as JSON", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored template JSON is unreadable at " + e.getLocation(), null);
        }
    }

    private <T> T run(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
