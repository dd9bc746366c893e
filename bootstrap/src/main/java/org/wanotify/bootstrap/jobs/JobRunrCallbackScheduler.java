package org.wanotify.bootstrap.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.wanotify.application.port.out.CallbackScheduler;

/**
 * Client callback retries as JobRunr jobs (visible in the dashboard, surviving restarts), beside a fast in-process
 * trigger: deliveries due now go to {@code fastPath} only, since JobRunr picks work up at its next poll (up to 5 s)
 * and a job per callback would swamp it at full send rate. The outbox table stays the source of truth.
 */
public final class JobRunrCallbackScheduler implements CallbackScheduler {
    private static final Duration LATER = Duration.ofSeconds(2);

    private final JobScheduler scheduler;
    private final CallbackScheduler fastPath;
    private final Clock clock;

    public JobRunrCallbackScheduler(JobScheduler scheduler, CallbackScheduler fastPath, Clock clock) {
        this.scheduler = scheduler;
        this.fastPath = fastPath;
        this.clock = clock;
    }

    @Override
    public void wakeAt(Instant at) {
        fastPath.wakeAt(at);
        if (at.isAfter(clock.instant().plus(LATER))) {
            IocJobLambda<WanotifyJobs> job = jobs -> jobs.deliverCallbacks();
            scheduler.create(JobBuilder.aJob()
                    .withName("client callback retry due " + at)
                    .withLabels("callback")
                    .withAmountOfRetries(3)
                    .scheduleAt(at)
                    .withDetails(job));
        }
    }
}
