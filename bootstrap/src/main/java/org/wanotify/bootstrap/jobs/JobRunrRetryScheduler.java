package org.wanotify.bootstrap.jobs;

import java.time.Instant;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.wanotify.application.port.out.RetryScheduler;
import org.wanotify.domain.notification.MessageId;

/** Schedules one JobRunr job per retry, named after the message so the dashboard shows what waits and why. */
public final class JobRunrRetryScheduler implements RetryScheduler {
    private final JobScheduler scheduler;

    public JobRunrRetryScheduler(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void retryAt(MessageId id, String account, int attempt, Instant at) {
        String message = id.value();
        IocJobLambda<WanotifyJobs> job = jobs -> jobs.retryDue(account, message, attempt);
        scheduler.create(JobBuilder.aJob()
                .withName("retry " + message + " (attempt " + attempt + ")")
                .withLabels("retry", account)
                .withAmountOfRetries(3)
                .scheduleAt(at)
                .withDetails(job));
    }
}
