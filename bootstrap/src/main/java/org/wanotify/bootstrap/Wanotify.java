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
import org.wanotify.adapters.persistence.ApiKeyJdbiAdapter;
import org.wanotify.adapters.persistence.Database;
import org.wanotify.adapters.persistence.MessageJdbiAdapter;
import org.wanotify.adapters.persistence.PersistenceConfig;
import org.wanotify.adapters.whatsapp.Bucket4jSendPacer;
import org.wanotify.adapters.whatsapp.GraphApiAdapter;
import org.wanotify.adapters.whatsapp.GraphApiConfig;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;
import org.wanotify.application.port.out.RetryScheduler;
import org.wanotify.application.port.out.IdGenerator;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.application.service.ApiKeyService;
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
import org.wanotify.bootstrap.jobs.JobRunrRetryScheduler;
import org.wanotify.bootstrap.jobs.JobsConfig;
import org.wanotify.bootstrap.jobs.WanotifyJobs;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.AccountState;
import org.wanotify.domain.account.Secret;
import org.wanotify.domain.recipient.PhonePolicy;

/**
 * The composition root: builds every adapter and service with constructors, in order (database,
 * migrations, stores, Graph client or sandbox, services, dispatcher, HTTP), and stops them in reverse.
 */
public final class Wanotify implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Wanotify.class);
    private static final int MAX_IN_FLIGHT = 512;
    private static final Duration ACCOUNT_CHECK_INTERVAL = Duration.ofMinutes(1);
    private static final Duration RETRY_SWEEP_INTERVAL = Duration.ofMinutes(5);

    private final WanotifyConfig config;
    private final Database database;
    private final CloudApiSimulator sandbox;
    private final GraphApiAdapter graph;
    private final DispatchService dispatcher;
    private final HttpApi http;
    private final String generatedAdminKey;
    private final BackgroundJobs jobs;
    private final WanotifyJobs jobTargets;
    private final RecoverMessagesService recovery;

    private Wanotify(WanotifyConfig config) {
        this.config = config;
        Clock clock = Clock.systemUTC();
        IdGenerator ids = new UlidIdGenerator();
        this.database = Database.open(new PersistenceConfig(config.dbUrl(), PersistenceConfig.DEFAULT_POOL_SIZE));
        MessageStore store = new MessageJdbiAdapter(database);
        ApiKeyService apiKeys = new ApiKeyService(new ApiKeyJdbiAdapter(database), ids, clock);
        this.generatedAdminKey = apiKeys.ensureAdminKey(config.adminApiKey()).orElse(null);

        HttpApi[] httpRef = new HttpApi[1];
        this.sandbox = config.sandbox() ? startSandbox(() -> httpRef[0] == null ? null
                : "http://127.0.0.1:" + httpRef[0].port() + "/webhooks/whatsapp") : null;
        ConfiguredAccountDirectory accounts = new ConfiguredAccountDirectory(List.of(defaultAccount(config, sandbox)));
        String graphUrl = sandbox != null ? sandbox.baseUrl() : config.graphUrl();
        this.graph = new GraphApiAdapter(GraphApiConfig.defaults().withBaseUrl(graphUrl));

        // JobRunr after Flyway (Database.open migrated), in its own SQLite file or the application's PostgreSQL database.
        this.jobs = BackgroundJobs.open(new JobsConfig(config.dataDir(), database.isSqlite() ? null : database.dataSource(),
                config.dashboardPort(), config.dashboardPassword(), ACCOUNT_CHECK_INTERVAL, RETRY_SWEEP_INTERVAL));
        RetryScheduler retryScheduler = new JobRunrRetryScheduler(jobs.scheduler());
        OutcomeWaiters waiters = new OutcomeWaiters();
        OutcomeRecorder recorder = new OutcomeRecorder(store, accounts, config.retryPolicy(), waiters, clock, retryScheduler);
        this.dispatcher = new DispatchService(accounts, store, graph, new Bucket4jSendPacer(), recorder, clock, MAX_IN_FLIGHT);
        accounts.onResume(dispatcher::wake);
        this.recovery = new RecoverMessagesService(store, accounts, retryScheduler, dispatcher, config.inDoubtGrace(), clock);
        this.jobTargets = new WanotifyJobs(dispatcher, new CheckPausedAccountsService(accounts, graph, dispatcher), recovery);
        SendMessageService send = new SendMessageService(accounts, store, ids, dispatcher, waiters, clock);
        this.http = new HttpApi(new HttpConfig("0.0.0.0", config.port(), HttpConfig.DEFAULT_MAX_BODY_BYTES),
                send, new GetMessageService(store), new ListMessagesService(store), apiKeys,
                new HandleWebhookService(accounts, store, waiters, clock),
                new GetHealthService(store, accounts, config.sandbox() ? "sandbox" : "live"));
        httpRef[0] = http;
    }

    /** Builds and starts everything; the caller closes it (or the JVM's shutdown hook does). */
    public static Wanotify start(WanotifyConfig config) {
        Wanotify app = new Wanotify(config);
        try {
            // Before this process claims anything: every 'sending' row is a previous run's, in doubt.
            app.recovery.recoverAfterRestart();
            app.http.start();
            app.dispatcher.start();
            app.jobs.start(app.jobTargets);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        app.announce();
        return app;
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

    private static Account defaultAccount(WanotifyConfig config, CloudApiSimulator sandbox) {
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

    /** The embedded simulator in sandbox mode. */
    public Optional<CloudApiSimulator> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        LOG.info("wanotify stopping");
        closeQuietly(http);
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
