package org.wanotify.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.wanotify.application.service.RetryPolicy;
import org.wanotify.domain.DomainException;
import org.wanotify.domain.recipient.PhonePolicy;

/**
 * Everything configurable, read from the environment (and {@code .env}) under the names of API.md.
 * {@code accessToken} null means sandbox mode.
 */
record WanotifyConfig(String accessToken, String phoneNumberId, String wabaId, String apiVersion, String appSecret,
                      String webhookVerifyToken, String graphUrl, String defaultRegion, int port, String dbUrl,
                      String adminApiKey, int mps, int dashboardPort, String dashboardHost, String dashboardPassword,
                      String windowPolicy, RetryPolicy retryPolicy, Duration inDoubtGrace, int retentionDays,
                      Path dataDir, Path templatesDir, Duration templateRefresh, CallbackConfig callbacks,
                      SecurityConfig security) {
    static final String DEFAULT_API_VERSION = "v23.0";

    boolean sandbox() {
        return accessToken == null;
    }

    static WanotifyConfig from(Settings s) {
        String token = s.string("WHATSAPP_ACCESS_TOKEN", null);
        String phoneNumberId = s.string("WHATSAPP_PHONE_NUMBER_ID", null);
        if (token != null && phoneNumberId == null) {
            s.problem("WHATSAPP_PHONE_NUMBER_ID", "is required when WHATSAPP_ACCESS_TOKEN is set (the numeric id of the sending number in WhatsApp Manager)");
        }
        if (phoneNumberId != null && !phoneNumberId.matches("[0-9]{1,32}")) {
            s.problem("WHATSAPP_PHONE_NUMBER_ID", "'" + phoneNumberId + "' is not numeric; use the phone number ID, not the phone number itself");
        }
        String wabaId = s.firstOf("WHATSAPP_BUSINESS_ID", "WHATSAPP_WABA_ID", "WHATSAPP_BUSINESS_ACCOUNT_ID");
        if (wabaId != null && !wabaId.matches("[0-9]{1,32}")) {
            s.problem("WHATSAPP_BUSINESS_ID", "'" + wabaId + "' is not a numeric WhatsApp Business Account id");
        }
        String version = s.string("WHATSAPP_API_VERSION", DEFAULT_API_VERSION);
        if (!version.matches("v[0-9]{1,3}\\.[0-9]")) {
            s.problem("WHATSAPP_API_VERSION", "'" + version + "' is not a Graph API version like v23.0");
        }
        String graphUrl = s.string("WHATSAPP_GRAPH_URL", "https://graph.facebook.com");
        try {
            URI uri = URI.create(graphUrl);
            if (uri.getHost() == null || !(graphUrl.startsWith("http://") || graphUrl.startsWith("https://"))) {
                s.problem("WHATSAPP_GRAPH_URL", "'" + graphUrl + "' must be an absolute http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            s.problem("WHATSAPP_GRAPH_URL", "'" + graphUrl + "' is not a URL");
        }
        String region = s.string("WANOTIFY_DEFAULT_REGION", null);
        if (region != null) {
            try {
                region = new PhonePolicy(region, null).defaultRegion();
            } catch (DomainException e) {
                s.problem("WANOTIFY_DEFAULT_REGION", e.rule());
            }
        }
        String dbUrl = s.string("WANOTIFY_DB_URL", "jdbc:sqlite:./data/wanotify.db");
        if (!dbUrl.startsWith("jdbc:sqlite:") && !dbUrl.startsWith("jdbc:postgresql:")) {
            s.problem("WANOTIFY_DB_URL", "'" + redactUrl(dbUrl) + "' must start with jdbc:sqlite: or jdbc:postgresql:");
        }
        String adminKey = s.string("WANOTIFY_ADMIN_API_KEY", null);
        if (adminKey != null && adminKey.length() < 16) {
            s.problem("WANOTIFY_ADMIN_API_KEY", "is too short; use at least 16 random characters (e.g. openssl rand -hex 24)");
        }
        String policy = s.string("WANOTIFY_WINDOW_POLICY", "fallback").toLowerCase(Locale.ROOT);
        if (!policy.matches("fallback|enforce|off")) {
            s.problem("WANOTIFY_WINDOW_POLICY", "'" + policy + "' must be fallback, enforce or off");
        }
        Duration base = s.duration("WANOTIFY_RETRY_BASE_DELAY", Duration.ofSeconds(30));
        Duration max = s.duration("WANOTIFY_RETRY_MAX_DELAY", Duration.ofHours(1));
        if (max.compareTo(base) < 0) {
            s.problem("WANOTIFY_RETRY_MAX_DELAY", "must not be shorter than WANOTIFY_RETRY_BASE_DELAY");
            max = base;
        }
        int attempts = s.integer("WANOTIFY_RETRY_MAX_ATTEMPTS", 8, 1, 100);
        WanotifyConfig config = new WanotifyConfig(token, phoneNumberId, wabaId, version,
                s.string("WHATSAPP_APP_SECRET", null), s.string("WHATSAPP_WEBHOOK_VERIFY_TOKEN", null), stripSlash(graphUrl), region,
                s.integer("WANOTIFY_PORT", 8080, 0, 65535), dbUrl, adminKey, s.integer("WANOTIFY_MPS", 80, 1, 1000),
                s.integer("WANOTIFY_DASHBOARD_PORT", 8000, 0, 65535), s.string("WANOTIFY_DASHBOARD_HOST", "127.0.0.1"),
                s.string("WANOTIFY_DASHBOARD_PASSWORD", null), policy,
                new RetryPolicy(base, max, attempts, Duration.ofHours(24)),
                s.duration("WANOTIFY_IN_DOUBT_GRACE", Duration.ofMinutes(10)),
                s.integer("WANOTIFY_RETENTION_DAYS", 90, 1, 36500), dataDirOf(dbUrl),
                Path.of(s.string("WANOTIFY_TEMPLATES_DIR", "templates")),
                s.duration("WANOTIFY_TEMPLATE_REFRESH", Duration.ofMinutes(15)), CallbackConfig.from(s),
                SecurityConfig.from(s));
        s.failOnProblems();
        return config;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Where local files (master key, job store) live: next to the SQLite file, else ./data. */
    private static Path dataDirOf(String dbUrl) {
        if (dbUrl.startsWith("jdbc:sqlite:")) {
            String file = dbUrl.substring("jdbc:sqlite:".length());
            int q = file.indexOf('?');
            file = q >= 0 ? file.substring(0, q) : file;
            if (!file.isBlank() && !file.contains(":memory:")) {
                Path parent = Path.of(file).toAbsolutePath().getParent();
                if (parent != null) {
                    return parent;
                }
            }
        }
        return Path.of("data").toAbsolutePath();
    }

    /** A JDBC URL safe to print: no password parameter. */
    static String redactUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return "WanotifyConfig[mode=" + (sandbox() ? "sandbox" : "live") + ", port=" + port + ", db=" + redactUrl(dbUrl)
                + ", phone_number_id=" + phoneNumberId + ", api_version=" + apiVersion + ", region=" + defaultRegion + ", mps=" + mps + "]";
    }
}
