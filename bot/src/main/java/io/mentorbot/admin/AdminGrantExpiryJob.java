package io.mentorbot.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ends lapsed temporary admin grants every minute, in the clustered Quartz store: however many instances run, each
 * minute's run happens on one of them. A lapsed admin is refused from the moment the grant ends (the flag is checked
 * on every update); this job also takes the admin commands off their menu and tells them.
 */
@DisallowConcurrentExecution
public class AdminGrantExpiryJob implements Job {

    static final String NAME = "admin-grant-expiry";
    static final String GROUP = "maintenance";
    private static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(AdminGrantExpiryJob.class);

    private final AdminGrants grants;

    AdminGrantExpiryJob(AdminGrants grants) {
        this.grants = grants;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int ended = grants.endLapsed();
        if (ended > 0) {
            log.info("Ended {} lapsed admin grant(s)", ended);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail adminGrantExpiryJob() {
            return JobBuilder.newJob(AdminGrantExpiryJob.class).withIdentity(NAME, GROUP)
                    .withDescription("Ends temporary admin grants whose time has come")
                    .storeDurably().build();
        }

        @Bean
        SimpleTrigger adminGrantExpiryTrigger(JobDetail adminGrantExpiryJob) {
            return TriggerBuilder.newTrigger().forJob(adminGrantExpiryJob).withIdentity(NAME, GROUP)
                    .startAt(Date.from(Instant.now().plus(EVERY)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(EVERY.toMillis())
                            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
