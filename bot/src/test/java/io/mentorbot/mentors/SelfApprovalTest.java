package io.mentorbot.mentors;

import java.util.List;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import io.mentorbot.support.BotFlowTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/** Small communities run with MENTOR_APPROVAL=false: an application approves itself. */
class SelfApprovalTest extends BotFlowTest {

    @Autowired
    AccountDesk accounts;

    @Autowired
    MentorProfiles profiles;

    @Autowired
    AdminAudit audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    EntityManager entities;

    @Test
    void withoutRequiredApprovalAnApplicantBecomesAMentorAtOnce() {
        long userId = jdbc.sql("INSERT INTO users (telegram_id, language, time_zone) VALUES (901, 'EN', 'UTC') RETURNING id")
                .query(Long.class).single();
        MentorSettings noApproval = new MentorSettings(false, null, null, null, null, null);
        MentorOnboarding onboarding = new MentorOnboarding(jdbc, applications, entities, accounts, profiles,
                noApproval, audit, events);

        Application application = onboarding.apply(userId, List.of("fitness"), "Coach", "Ten years in the gym.");

        assertThat(application.status()).isEqualTo(Application.Status.APPROVED);
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_mentor", userId)).isOne();
        assertThat(profiles.find(userId)).hasValueSatisfying(p -> {
            assertThat(p.listed()).isTrue();
            assertThat(p.topics()).containsExactly("fitness");
        });
    }
}
