package org.wanotify.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.adapters.http.HttpApi;
import org.wanotify.adapters.http.HttpConfig;
import org.wanotify.adapters.http.TemplateEndpoints;
import org.wanotify.adapters.persistence.TemplateJdbiAdapter;
import org.wanotify.adapters.whatsapp.GraphTemplateAdapter;
import org.wanotify.application.port.in.RefreshTemplateStatusesUseCase;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.application.service.TemplateCreationLimiter;
import org.wanotify.application.service.TemplateGuard;
import org.wanotify.application.service.TemplateRegistryService;
import org.wanotify.application.service.TemplateSyncService;
import org.wanotify.adapters.http.StatusCallbackHttpAdapter;
import org.wanotify.adapters.http.WebhookPayloadJacksonParser;
import org.wanotify.adapters.persistence.ApiKeyJdbiAdapter;
import org.wanotify.adapters.persistence.CallbackOutboxJdbiAdapter;
import org.wanotify.adapters.persistence.CallbackSecretJdbiAdapter;
import org.wanotify.adapters.persistence.InboundMessageJdbiAdapter;
import org.wanotify.adapters.persistence.ParkedStatusJdbiAdapter;
import org.wanotify.adapters.persistence.WebhookEventJdbiAdapter;
import org.wanotify.adapters.http.SecurityApi;
import org.wanotify.adapters.persistence.AccountJdbiAdapter;
import org.wanotify.adapters.persistence.AuditJdbiAdapter;
import org.wanotify.adapters.persistence.ApiKeyCallbackSecretJdbiAdapter;
import org.wanotify.adapters.persistence.MessageMaintenanceJdbiAdapter;
import org.wanotify.adapters.persistence.SecretSealer;
import org.wanotify.adapters.persistence.Database;
import org.wanotify.adapters.persistence.MessageJdbiAdapter;
import org.wanotify.adapters.persistence.PersistenceConfig;
import org.wanotify.adapters.whatsapp.Bucket4jSendPacer;
import org.wanotify.adapters.whatsapp.GraphApiAdapter;
import org.wanotify.adapters.whatsapp.GraphApiConfig;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;
import org.wanotify.application.port.out.RetryScheduler;
import org.wanotify.application.port.out.CallbackSecretStore;
import org.wanotify.application.port.out.IdGenerator;
import org.wanotify.application.port.out.InboundMessageStore;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.application.service.CallbackDeliveryService;
import org.wanotify.application.service.CallbackSecretService;
import org.wanotify.application.service.GetConversationService;
import org.wanotify.application.service.InboundMessageService;
import org.wanotify.application.service.WebhookIntakeService;
import org.wanotify.application.service.AccountRegistry;
import org.wanotify.application.service.ApiKeyService;
import org.wanotify.application.service.Auditor;
import org.wanotify.application.service.AuditingWhatsAppGateway;
import org.wanotify.application.service.ManageAccountsService;
import org.wanotify.application.service.ManageApiKeysService;
import org.wanotify.application.service.MessageRedaction;
import org.wanotify.application.service.PurgeExpiredMessagesService;
import org.wanotify.application.service.ResendMessageService;
import org.wanotify.application.service.CheckPausedAccountsService;
import org.wanotify.application.service.RecoverMessagesService;
import org.wanotify.application.service.DispatchService;
import org.wanotify.application.service.GetHealthService;
import org.wanotify.application.service.GetMessageService;
import org.wanotify.application.service.HandleWebhookService;
import org.wanotify.application.service.ListMessagesService;
import org.wanotify.application.service.OutcomeRecorder;
import org.wanotify.application.service.OutcomeWaiters;
import org.wanotify.application.service.SendMessageService;
import org.wanotify.bootstrap.jobs.BackgroundJobs;
import org.wanotify.bootstrap.jobs.JobRunrCallbackScheduler;
import org.wanotify.bootstrap.jobs.JobRunrRetryScheduler;
import org.wanotify.bootstrap.jobs.JobsConfig;
import org.wanotify.bootstrap.jobs.WanotifyJobs;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;
import org.wanotify.domain.account.Secret;
import org.wanotify.domain.conversation.WindowPolicy;
import org.wanotify.domain.recipient.PhonePolicy;

/**
 * The composition root: builds every adapter and service with constructors, in order (database,
 * migrations, stores, Graph client or sandbox, services, dispatcher, HTTP), and stops them in reverse.
 */
public final class Wanotify implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Wanotify.class);
    private static final int MAX_IN_FLIGHT = 512;
    private static final Duration LIFECYCLE_SWEEP = Duration.ofSeconds(1);
    private static final Duration CALLBACK_SWEEP = Duration.ofSeconds(1);
    /**
     * A status outruns the record of its send by milliseconds (or, after a crash, is matched by its callback data);
     * one still unmatched after an hour is for a message another app on the same WABA sent.
     */
    private static final Duration PARKED_MAX_AGE = Duration.ofHours(1);
    private static final Duration ACCOUNT_CHECK_INTERVAL = Duration.ofMinutes(1);
    private static final Duration RETRY_SWEEP_INTERVAL = Duration.ofMinutes(5);

    private final WanotifyConfig config;
    private final Database database;
    private final CloudApiSimulator sandbox;
    private final GraphApiAdapter graph;
    private final DispatchService dispatcher;
    private final HttpApi http;
    private final String generatedAdminKey;
    private final TemplateRegistryService templateRegistry;
    private final TemplateSyncService templateSync;
    // issue 3: the delivery lifecycle (webhook intake, parked statuses, inbound messages, client callbacks)
    private final LifecycleWorkers lifecycle = new LifecycleWorkers();
    private final ExecutorCallbackScheduler callbackScheduler;
    private final WebhookIntakeService webhookIntake;
    private final HandleWebhookService webhooks;
    private final CallbackDeliveryService callbacks;
    private final String generatedCallbackSecret;
    private final BackgroundJobs jobs;
    private final WanotifyJobs jobTargets;
    private final RecoverMessagesService recovery;

    private Wanotify(WanotifyConfig config) {
        this.config = config;
        Clock clock = Clock.tickMillis(java.time.ZoneOffset.UTC); // the database keeps milliseconds
        IdGenerator ids = new UlidIdGenerator();
        this.database = Database.open(new PersistenceConfig(config.dbUrl(), PersistenceConfig.DEFAULT_POOL_SIZE));
        MessageStore store = new MessageJdbiAdapter(database);
        ApiKeyJdbiAdapter apiKeyStore = new ApiKeyJdbiAdapter(database);
        ApiKeyService apiKeys = new ApiKeyService(apiKeyStore, ids, clock);
        this.generatedAdminKey = apiKeys.ensureAdminKey(config.adminApiKey()).orElse(null);

        HttpApi[] httpRef = new HttpApi[1];
        this.sandbox = config.sandbox() ? startSandbox(() -> httpRef[0] == null ? null
                : "http://127.0.0.1:" + httpRef[0].port() + "/webhooks/whatsapp") : null;
        // issue 6: accounts stored through the API (secrets sealed with the master key) over the environment's
        SecretSealer sealer = new SecretSealer(MasterKey.load(config.security(), config.dataDir()));
        AccountJdbiAdapter accountStore = new AccountJdbiAdapter(database, sealer, clock);
        AccountRegistry accounts = new AccountRegistry(accountStore, List.of(defaultAccount(config, sandbox)));
        Auditor auditor = new Auditor(new AuditJdbiAdapter(database), clock);
        MessageMaintenanceJdbiAdapter maintenance = new MessageMaintenanceJdbiAdapter(database);
        String graphUrl = sandbox != null ? sandbox.baseUrl() : config.graphUrl();
        this.graph = new GraphApiAdapter(GraphApiConfig.defaults().withBaseUrl(graphUrl));

        // JobRunr after Flyway (Database.open migrated), in its own SQLite file or the application's PostgreSQL database.
        this.jobs = BackgroundJobs.open(new JobsConfig(config.dataDir(), database.isSqlite() ? null : database.dataSource(),
                config.dashboardPort(), config.dashboardPassword(), ACCOUNT_CHECK_INTERVAL, RETRY_SWEEP_INTERVAL,
                config.templateRefresh()));
        RetryScheduler retryScheduler = new JobRunrRetryScheduler(jobs.scheduler());
        OutcomeWaiters waiters = new OutcomeWaiters();
        OutcomeRecorder recorder = new OutcomeRecorder(store, accounts, config.retryPolicy(), waiters, clock,
                new MessageRedaction(maintenance), retryScheduler);
        this.dispatcher = new DispatchService(accounts, store, new AuditingWhatsAppGateway(graph, auditor),
                new Bucket4jSendPacer(), recorder, clock, MAX_IN_FLIGHT);
        accounts.onResume(dispatcher::wake);
        // --- issue 4: recovery of in-doubt sends at start, paused-account checks and retry re-arming as JobRunr jobs
        this.recovery = new RecoverMessagesService(store, accounts, retryScheduler, dispatcher, config.inDoubtGrace(), clock);
        // --- templates (issue 5): registry, guard on send, sync with Meta, status webhooks and periodic refresh
        TemplateStore templates = new TemplateJdbiAdapter(database);
        this.templateRegistry = new TemplateRegistryService(accounts, templates);
        this.templateSync = new TemplateSyncService(accounts, templates,
                new GraphTemplateAdapter(GraphApiConfig.defaults().withBaseUrl(graphUrl)), new TemplateCreationLimiter(clock), clock);
        // --- end templates
        InboundMessageStore inbound = new InboundMessageJdbiAdapter(database);
        SendMessageService send = new SendMessageService(accounts, store, ids, dispatcher, waiters, clock,
                new TemplateGuard(templates), WindowPolicy.fromConfig(config.windowPolicy()), inbound, maintenance);
        this.webhooks = new HandleWebhookService(accounts, store, waiters, clock, templateSync, new ParkedStatusJdbiAdapter(database));
        this.webhookIntake = new WebhookIntakeService(new WebhookEventJdbiAdapter(database), new WebhookPayloadJacksonParser(),
                webhooks, new InboundMessageService(accounts, inbound, clock), lifecycle.webhookApplier, clock);
        CallbackSecretStore callbackSecrets = new SealedCallbackSecretStore(new CallbackSecretJdbiAdapter(database), sealer);
        this.generatedCallbackSecret = new CallbackSecretService(callbackSecrets)
                .ensure(SendMessageService.DEFAULT_ACCOUNT, config.callbacks().secret()).orElse(null);
        this.callbackScheduler = new ExecutorCallbackScheduler(clock);
        CallbackConfig cc = config.callbacks();
        this.callbacks = new CallbackDeliveryService(new CallbackOutboxJdbiAdapter(database), store, callbackSecrets,
                new StatusCallbackHttpAdapter(cc.timeout()), new JobRunrCallbackScheduler(jobs.scheduler(), callbackScheduler, clock),
                lifecycle.callbackSenders,
                cc.baseDelay(), cc.maxDelay(), cc.maxAge(), cc.timeout(), clock);
        SecurityApi security = new SecurityApi(
                new ManageAccountsService(accountStore, accounts, auditor, config.apiVersion(), config.mps()),
                new ManageApiKeysService(apiKeyStore, new ApiKeyCallbackSecretJdbiAdapter(database, sealer), accounts, ids, auditor, clock),
                auditor, config.security().rateLimits());
        GetMessageService getMessage = new GetMessageService(store);
        this.http = new HttpApi(new HttpConfig("0.0.0.0", config.port(), HttpConfig.DEFAULT_MAX_BODY_BYTES),
                send, getMessage, new ListMessagesService(store), apiKeys,
                webhooks, new GetHealthService(store, accounts, config.sandbox() ? "sandbox" : "live"),
                webhookIntake, new GetConversationService(accounts, inbound, clock),
                new TemplateEndpoints(templateRegistry, templateRegistry, templateSync), security,
                new ResendMessageService(getMessage, accounts, store, maintenance, ids, dispatcher, clock));
        httpRef[0] = http;
        this.jobTargets = new WanotifyJobs(dispatcher, new CheckPausedAccountsService(accounts, graph, dispatcher), recovery,
                templateSync, new PurgeExpiredMessagesService(maintenance, Duration.ofDays(config.retentionDays()), clock),
                () -> callbacks.deliverDue());
    }

    /** Builds and starts everything; the caller closes it (or the JVM's shutdown hook does). */
    public static Wanotify start(WanotifyConfig config) {
        Wanotify app = new Wanotify(config);
        try {
            TemplateFiles.load(config.templatesDir(), app.templateRegistry);
            // Before this process claims anything: every 'sending' row is a previous run's, in doubt.
            app.recovery.recoverAfterRestart();
            app.http.start();
            app.dispatcher.start();
            app.jobs.start(app.jobTargets);
            app.startLifecycle();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        app.announce();
        return app;
    }

    /** Applies stored webhook events and parked statuses, and delivers due callbacks: now, then every second. */
    private void startLifecycle() {
        callbackScheduler.start(callbacks::deliverDue, CALLBACK_SWEEP);
        lifecycle.startSweep(() -> {
            webhookIntake.requestDrain();
            webhooks.applyParked(PARKED_MAX_AGE);
        }, LIFECYCLE_SWEEP);
    }

    private void announce() {
        if (config.sandbox()) {
            LOG.warn("mode: sandbox — WHATSAPP_ACCESS_TOKEN is not set, so messages go to the built-in Cloud API simulator"
                    + " at {} and NOTHING reaches real WhatsApp. Set WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID to go live.",
                    sandbox.baseUrl());
        } else {
            LOG.info("mode: live — sending through {} as phone number id {} (Graph API {})", config.graphUrl(),
                    config.phoneNumberId(), config.apiVersion());
            if (config.appSecret() == null) {
                LOG.warn("WHATSAPP_APP_SECRET is not set: Meta's status webhooks cannot be verified and will be refused (401)");
            }
        }
        if (config.defaultRegion() == null) {
            LOG.info("WANOTIFY_DEFAULT_REGION is not set: numbers must be written with their country code (+255...)");
        }
        if (generatedAdminKey != null) {
            LOG.warn("""

                    ================================================================
                     Admin API key (shown ONCE, stored only as a hash — save it now):
                       {}
                     Use it as: Authorization: Bearer <key>
                     To choose your own, set WANOTIFY_ADMIN_API_KEY.
                    ================================================================""", generatedAdminKey);
        }
        if (generatedCallbackSecret != null) {
            LOG.warn("""

                    ================================================================
                     Callback signing secret of account 'default' (shown ONCE — save it now):
                       {}
                     Callbacks carry X-Wanotify-Signature: sha256=<hex HMAC-SHA256 of the body with it>.
                     To choose your own, set WANOTIFY_CALLBACK_SECRET.
                    ================================================================""", generatedCallbackSecret);
        }
        if (config.dashboardPort() != 0) {
            LOG.info("JobRunr dashboard on http://<host>:{}/dashboard (plain HTTP on all interfaces; user admin) — keep the port"
                    + " firewalled or behind a TLS proxy", config.dashboardPort());
        }
        if (jobs.generatedDashboardPassword() != null) {
            LOG.warn("""

                    ================================================================
                     JobRunr dashboard password for user admin (shown ONCE):
                       {}
                     To choose your own, set WANOTIFY_DASHBOARD_PASSWORD.
                    ================================================================""", jobs.generatedDashboardPassword());
        }
        LOG.info("wanotify listening on http://0.0.0.0:{} (db {}, {} messages/s per number)", http.port(),
                WanotifyConfig.redactUrl(config.dbUrl()), config.mps());
    }

    private CloudApiSimulator startSandbox(java.util.function.Supplier<String> webhookUrl) {
        try {
            return new CloudApiSimulator(SandboxConfig.defaults(0, webhookUrl, Duration.ofSeconds(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the sandbox Cloud API simulator", e);
        }
    }

    static Account defaultAccount(WanotifyConfig config, CloudApiSimulator sandbox) {
        PhonePolicy policy = new PhonePolicy(config.defaultRegion(), null);
        if (sandbox != null) {
            SandboxConfig s = sandbox.config();
            return new Account("default", s.phoneNumberId(), s.wabaId(), Secret.ofNullable(s.accessToken()), Secret.ofNullable(s.appSecret()),
                    Secret.ofNullable(config.webhookVerifyToken()), config.apiVersion(), policy, config.mps(), AccountState.ACTIVE, null);
        }
        return new Account("default", config.phoneNumberId(), config.wabaId(), Secret.ofNullable(config.accessToken()),
                Secret.ofNullable(config.appSecret()), Secret.ofNullable(config.webhookVerifyToken()), config.apiVersion(), policy,
                config.mps(), AccountState.ACTIVE, null);
    }

    /** The callback secret generated at this start, if one was (first start without WANOTIFY_CALLBACK_SECRET). */
    public Optional<String> generatedCallbackSecret() {
        return Optional.ofNullable(generatedCallbackSecret);
    }

    /** JobRunr's storage and scheduler (tests look at the retry jobs there). */
    BackgroundJobs jobs() {
        return jobs;
    }

    /** What the recurring jobs run, to trigger them in tests without waiting for their schedule. */
    WanotifyJobs jobTargets() {
        return jobTargets;
    }

    public int port() {
        return http.port();
    }

    /** The admin key generated at this start, if one was (only on first start without WANOTIFY_ADMIN_API_KEY). */
    public Optional<String> generatedAdminKey() {
        return Optional.ofNullable(generatedAdminKey);
    }

    /** The template status refresh the scheduler runs, for the CLI and tests. */
    public RefreshTemplateStatusesUseCase templateRefresh() {
        return templateSync;
    }

    /** The embedded simulator in sandbox mode. */
    public Optional<CloudApiSimulator> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        LOG.info("wanotify stopping");
        closeQuietly(http);
        closeQuietly(callbackScheduler);
        closeQuietly(lifecycle);
        // JobRunr waits for a running job (a paused-account probe can take seconds); stop it alongside the dispatcher
        // so the two waits overlap and a SIGTERM'd process exits within 10 s.
        Thread jobsStopping = new Thread(() -> closeQuietly(jobs), "wanotify-jobs-stop");
        jobsStopping.start();
        closeQuietly(dispatcher);
        try {
            jobsStopping.join(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(graph);
        closeQuietly(sandbox);
        closeQuietly(database);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
        }
    }
}
