package io.mentorbot.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hold expiry every minute, as a Quartz job in the clustered JDBC store rather than a per-instance timer: however
 * many instances run, each minute's run happens on one of them. Spring Boot registers these beans with the scheduler
 * on start-up ({@code overwrite-existing-jobs} refreshes the stored definition on each start).
 */
@Configuration(proxyBeanMethods = false)
class HoldExpirySchedule {

    static final String NAME = "hold-expiry";
    static final String GROUP = "maintenance";
    private static final Duration EVERY = Duration.ofMinutes(1);

    @Bean
    JobDetail holdExpiryJob() {
        return JobBuilder.newJob(HoldExpiryJob.class).withIdentity(NAME, GROUP)
                .withDescription("Frees the slots of unpaid bookings whose payment hold ran out")
                .storeDurably().build();
    }

    @Bean
    SimpleTrigger holdExpiryTrigger(JobDetail holdExpiryJob) {
        return TriggerBuilder.newTrigger().forJob(holdExpiryJob).withIdentity(NAME, GROUP)
                .startAt(Date.from(Instant.now().plus(EVERY)))
                // Runs missed while every instance was down are not made up: the next run catches up with all.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(EVERY.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
