package io.mentorbot.reminders;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** What Quartz runs: one planned reminder or follow-up (Spring builds it, so it gets its runner injected). */
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
