package io.mentorbot.bookings;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Frees the slots of unpaid bookings once their hold has run out, every minute. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HoldExpiry {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);

    private final BookingDesk desk;

    HoldExpiry(BookingDesk desk) {
        this.desk = desk;
    }

    // Several instances may run this at once: each expired booking is cancelled by exactly one of them.
    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    void expireHolds() {
        int expired = desk.expireHolds();
        if (expired > 0) {
            log.info("Released {} slot(s) whose payment hold ran out", expired);
        }
    }
}
