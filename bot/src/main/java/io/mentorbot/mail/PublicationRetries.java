package io.mentorbot.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Hands incomplete event publications to their listeners again: those whose listener failed (a mail server that was
 * down) and those left behind by an instance that died, once they are older than
 * {@link PublicationRetrySettings#after()}. A restart republishes all incomplete ones at once
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); this covers the time in between, and the
 * other instances of a cluster. A letter can so go twice (an instance died after the send and before the publication
 * was completed, or a restart republished one another instance was sending), but is never lost.
 * <p>
 * The registry serves every after-commit listener of the application, not only the letters (see
 * {@link BookingMail}); this module retries them because the letters are what needs it most.
 */
@Component
@EnableScheduling
class PublicationRetries implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PublicationRetries.class);

    private final IncompleteEventPublications incomplete;
    private final PublicationRetrySettings settings;

    PublicationRetries(IncompleteEventPublications incomplete, PublicationRetrySettings settings) {
        this.incomplete = incomplete;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        // Not at once: at the start the restart's own republication is under way.
        tasks.addFixedDelayTask(new FixedDelayTask(this::resubmit, settings.every(), settings.every()));
    }

    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(settings.after());
        } catch (RuntimeException e) {
            log.warn("Could not resubmit incomplete event publications: {}", e.getMessage(), e);
        }
    }
}
