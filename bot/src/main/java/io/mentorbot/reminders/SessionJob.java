package io.mentorbot.reminders;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * A planned reminder or follow-up stored as its own Quartz job by earlier versions; such jobs still run. New plans are
 * rows swept by {@link NoticeSweepJob}.
 */
public class SessionJob implements Job {

    private final ReminderRunner runner;

    SessionJob(ReminderRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        runner.run(SessionSchedule.notice(context.getMergedJobDataMap()));
    }
}
