package io.mentorbot.reminders;

import io.mentorbot.bookings.BookingDesk;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frees the slots of unpaid bookings once their hold has run out. A recurring job in the clustered Quartz store (see
 * {@link HoldExpirySchedule}): each firing runs on one instance of the cluster only, and never two at once.
 */
@DisallowConcurrentExecution
public class HoldExpiryJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiryJob.class);

    private final BookingDesk desk;

    HoldExpiryJob(BookingDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(JobExecutionContext context) {
        // Even if two instances ran it at once, each expired booking would be cancelled by exactly one of them.
        int expired = desk.expireHolds();
        if (expired > 0) {
            log.info("Released {} slot(s) whose payment hold ran out", expired);
        }
    }
}
