package org.wanotify.bootstrap.jobs;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.dashboard.JobRunrDashboardWebServerConfiguration;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.storage.sql.sqlite.SqLiteStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobRunr, built by hand instead of through its static {@code JobRunr.configure()} (so two instances in one JVM, as
 * in tests, do not share state): storage in its own SQLite file {@code jobs.db} (or the application's PostgreSQL
 * database), a scheduler usable at once, and — from {@link #start} on — the background server, the recurring jobs
 * and the dashboard. Open it after Flyway has migrated the application database.
 */
public final class BackgroundJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    // JobRunr's OSS minimum; an idle server picks up work only at its next poll.
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(5);
    private static final Duration MIN_RECURRING = Duration.ofSeconds(10);
    static final String DASHBOARD_USER = "admin";

    private final JobsConfig config;
    private final HikariDataSource ownPool;
    private final JsonMapper json = new JacksonJsonMapper();
    private final StorageProvider storage;
    private final JobScheduler scheduler;
    private BackgroundJobServer server;
    private JobRunrDashboardWebServer dashboard;
    private String generatedPassword;

    private BackgroundJobs(JobsConfig config) {
        this.config = config;
        this.ownPool = config.postgres() == null ? sqlitePool(config.dataDir()) : null;
        try {
            this.storage = ownPool != null ? new SqLiteStorageProvider(ownPool) : new PostgresStorageProvider(config.postgres());
            storage.setJobMapper(new JobMapper(json));
            this.scheduler = new JobScheduler(storage);
        } catch (RuntimeException e) {
            if (ownPool != null) {
                ownPool.close();
            }
            throw e;
        }
    }

    /** Opens the job storage and the scheduler; nothing runs yet. */
    public static BackgroundJobs open(JobsConfig config) {
        return new BackgroundJobs(config);
    }

    private static HikariDataSource sqlitePool(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        HikariConfig hikari = new HikariConfig();
        // IMMEDIATE: with the driver's DEFERRED default JobRunr's workers hit SQLITE_BUSY_SNAPSHOT and silently crawl.
        hikari.setJdbcUrl("jdbc:sqlite:" + dataDir.resolve("jobs.db")
                + "?transaction_mode=IMMEDIATE&journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000");
        hikari.setMaximumPoolSize(4);
        hikari.setPoolName("wanotify-jobs");
        return new HikariDataSource(hikari);
    }

    public JobScheduler scheduler() {
        return scheduler;
    }

    /** The job storage, for tests and diagnostics. */
    public StorageProvider storage() {
        return storage;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Starts processing with {@code jobs} as the target of every job, registers the recurring jobs, opens the dashboard. */
    public void start(WanotifyJobs jobs) {
        JobActivator activator = new JobActivator() {
            @Override
            public <T> T activateJob(Class<T> type) {
                return type == WanotifyJobs.class ? type.cast(jobs) : null;
            }
        };
        server = new BackgroundJobServer(storage, json, activator, BackgroundJobServerConfiguration
                .usingStandardBackgroundJobServerConfiguration().andPollInterval(POLL_INTERVAL).andWorkerCount(2));
        server.start();
        IocJobLambda<WanotifyJobs> check = j -> j.checkPausedAccounts();
        scheduler.scheduleRecurrently("check-paused-accounts", config.accountCheckInterval(), check);
        // The dispatcher sweeps due retries every second anyway (the fast path, JobRunr is too slow for it); this one
        // re-arms what a lost trigger or a dead instance left behind, so nothing depends on a single job surviving.
        IocJobLambda<WanotifyJobs> sweep = j -> j.sweep();
        scheduler.scheduleRecurrently("re-arm-due-messages", config.sweepInterval(), sweep);
        // JobRunr refuses recurring intervals shorter than its poll interval.
        IocJobLambda<WanotifyJobs> templates = j -> j.refreshTemplates();
        scheduler.scheduleRecurrently("refresh-template-statuses", max(config.templateRefresh(), MIN_RECURRING), templates);
        IocJobLambda<WanotifyJobs> purge = j -> j.purgeExpired();
        scheduler.scheduleRecurrently("purge-expired-messages", "17 3 * * *", purge);
        if (config.dashboardPort() != 0) {
            String password = config.dashboardPassword();
            if (password == null) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                generatedPassword = password;
            }
            dashboard = new JobRunrDashboardWebServer(storage, json, JobRunrDashboardWebServerConfiguration
                    .usingStandardDashboardConfiguration().andPort(config.dashboardPort())
                    .andBasicAuthentication(DASHBOARD_USER, password).andAllowAnonymousDataUsage(false));
            dashboard.start();
        }
    }

    /** The dashboard password generated at this start (when WANOTIFY_DASHBOARD_PASSWORD was not set), to print once. */
    public String generatedDashboardPassword() {
        return generatedPassword;
    }

    @Override
    public void close() {
        if (dashboard != null) {
            stopQuietly("dashboard", dashboard::stop);
        }
        if (server != null) {
            stopQuietly("background job server", server::stop);
        }
        stopQuietly("job scheduler", scheduler::shutdown);
        stopQuietly("job storage", storage::close);
        if (ownPool != null) {
            ownPool.close();
        }
    }

    private static void stopQuietly(String what, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            LOG.warn("while stopping the {}: {}", what, e.toString());
        }
    }
}
