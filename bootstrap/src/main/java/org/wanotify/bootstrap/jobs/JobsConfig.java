package org.wanotify.bootstrap.jobs;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * How JobRunr is set up.
 *
 * @param dataDir              where {@code jobs.db} lives when the application database is SQLite
 * @param postgres             the application's PostgreSQL pool, or null for SQLite (then JobRunr gets its own file)
 * @param dashboardPort        0 turns the dashboard off
 * @param dashboardPassword    basic-auth password of user {@code admin}; null generates one
 * @param accountCheckInterval how often paused accounts are probed
 * @param sweepInterval        how often due messages that lost their trigger are re-armed
 * @param templateRefresh      how often template statuses are fetched from Meta
 */
public record JobsConfig(Path dataDir, DataSource postgres, int dashboardPort, String dashboardPassword,
                         Duration accountCheckInterval, Duration sweepInterval, Duration templateRefresh) {
    @Override
    public String toString() {
        return "JobsConfig[dataDir=" + dataDir + ", postgres=" + (postgres != null) + ", dashboardPort=" + dashboardPort + "]";
    }
}
