package org.wanotify.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wanotify.adapters.persistence.AccountJdbiAdapter;
import org.wanotify.adapters.persistence.Database;
import org.wanotify.adapters.persistence.SecretSealer;
import org.wanotify.application.service.AccountRegistry;
import org.wanotify.adapters.persistence.PersistenceConfig;
import org.wanotify.adapters.persistence.TemplateJdbiAdapter;
import org.wanotify.adapters.whatsapp.GraphApiConfig;
import org.wanotify.adapters.whatsapp.GraphTemplateAdapter;
import org.wanotify.application.port.in.TemplateSyncResult;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.TemplateGatewayException;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.application.service.TemplateCreationLimiter;
import org.wanotify.application.service.TemplateRegistryService;
import org.wanotify.application.service.TemplateSyncService;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateShape;

/**
 * {@code templates sync [--template NAME]}, {@code templates status} and {@code templates export [--format json|text]}
 * on the default account, against the same database and Meta account as the server.
 */
final class TemplatesCommand {
    static final int OK = 0;
    static final int USAGE = 64;
    static final int UNAVAILABLE = 69;
    static final int CONFIG = 78;
    private static final String USAGE_TEXT = """
            usage: templates sync [--template NAME] | templates status | templates export [--format json|text]""";

    private TemplatesCommand() {
    }

    /** Runs {@code args} (after the word {@code templates}); returns the exit code. */
    static int run(List<String> args, WanotifyConfig config, PrintStream out, PrintStream err) {
        String sub = args.isEmpty() ? "" : args.get(0);
        if (!sub.matches("sync|status|export")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String template = option(args, "--template");
        String format = option(args, "--format");
        format = format == null ? "text" : format;
        if (sub.equals("export") && !format.matches("json|text")) {
            err.println("--format must be json or text");
            return USAGE;
        }
        if (!sub.equals("export") && config.sandbox()) {
            err.println("sandbox mode: WHATSAPP_ACCESS_TOKEN is not set, so there is no Meta account to sync with."
                    + " Set WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_BUSINESS_ID, or use"
                    + " POST /v1/templates/sync on a running sandbox server.");
            return CONFIG;
        }
        try (Database database = Database.open(new PersistenceConfig(config.dbUrl(), 2))) {
            TemplateStore store = new TemplateJdbiAdapter(database);
            AccountDirectory accounts = new AccountRegistry(new AccountJdbiAdapter(database,
                    new SecretSealer(MasterKey.load(config.security(), config.dataDir())), Clock.systemUTC()),
                    List.of(Wanotify.defaultAccount(config, null)));
            TemplateFiles.load(config.templatesDir(), new TemplateRegistryService(accounts, store));
            TemplateSyncService sync = new TemplateSyncService(accounts, store,
                    new GraphTemplateAdapter(GraphApiConfig.defaults().withBaseUrl(config.graphUrl())),
                    new TemplateCreationLimiter(Clock.systemUTC()), Clock.systemUTC());
            switch (sub) {
                case "sync" -> print(out, sync.sync(null, null, template));
                case "status" -> {
                    sync.refresh();
                    store.list("default").forEach(t -> out.printf("%-40s %-8s %-16s %s%n", t.name(), t.language(),
                            t.status(), t.rejectionReason() == null ? "" : t.rejectionReason()));
                }
                default -> export(store.list("default"), format, out);
            }
            return OK;
        } catch (TemplateGatewayException e) {
            err.println("Meta: " + e.getMessage());
            return UNAVAILABLE;
        }
    }

    private static void print(PrintStream out, TemplateSyncResult r) {
        out.println("created:  " + r.created());
        out.println("imported: " + r.imported());
        out.println("updated:  " + r.updated());
        out.println("deferred: " + r.deferred() + (r.deferred().isEmpty() ? "" : " (Meta allows 100 creations per hour; sync again later)"));
        out.println("failed:   " + r.failed());
    }

    static void export(List<Template> templates, String format, PrintStream out) {
        if (format.equals("json")) {
            List<Map<String, Object>> views = templates.stream().map(TemplatesCommand::view).toList();
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("templates", views)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the registry as JSON", e);
            }
            return;
        }
        if (templates.isEmpty()) {
            out.println("(no templates)");
        }
        for (Template t : templates) {
            out.printf("%s (%s) — %s, %s parameters, %s%s%n", t.name(), t.language(), t.definition().category(),
                    t.definition().parameterFormat().wireName(), t.status(),
                    t.rejectionReason() == null ? "" : " (" + t.rejectionReason() + ")");
            out.println("  parameters: " + t.definition().parameterNames());
            out.println("  example:");
            t.definition().render(t.definition().bodyExample()).lines().forEach(l -> out.println("    " + l));
            out.println();
        }
    }

    private static Map<String, Object> view(Template t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("account", t.account());
        view.putAll(TemplateShape.toMap(t.definition()));
        view.put("status", t.status().name());
        view.put("meta_id", t.metaId());
        view.put("rejection_reason", t.rejectionReason());
        view.put("last_synced_at", t.lastSyncedAt() == null ? null : t.lastSyncedAt().toString());
        return view;
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }
}
