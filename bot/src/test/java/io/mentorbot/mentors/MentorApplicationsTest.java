package io.mentorbot.mentors;

import java.util.List;
import java.util.Optional;

import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.mentorbot.support.AtOnce.atOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Applications are filed and decided by single statements: the database keeps one pending application per person
 * and lets one decision land, however many requests arrive at once.
 */
class MentorApplicationsTest extends BotFlowTest {

    @Autowired
    MentorOnboarding onboarding;

    @Autowired
    PlatformTransactionManager transactions;

    private long applicant;

    @BeforeEach
    void anApplicant() {
        applicant = user(811, "Taras");
    }

    @Test
    void twoAdminsDecidingAtOnceDecideItOnce() throws Exception {
        long id = apply(applicant).id();
        long first = admin(812, "Admin one");
        long second = admin(813, "Admin two");

        List<Optional<Application>> decisions = atOnce(
                () -> onboarding.approve(id, first).application(),
                () -> onboarding.reject(id, second, "Not yet").application());

        assertThat(decisions).filteredOn(Optional::isPresent).hasSize(1);
        Application decided = onboarding.find(id).orElseThrow();
        assertThat(decided.status()).isEqualTo(decisions.get(0).isPresent()
                ? Application.Status.APPROVED : Application.Status.REJECTED);
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_mentor", applicant))
                .isEqualTo(decided.status() == Application.Status.APPROVED ? 1L : 0L);
    }

    @Test
    void twoApplicationsFiledAtOnceLeaveOnePending() throws Exception {
        List<Object> outcomes = atOnce(() -> attempt(applicant), () -> attempt(applicant));

        assertThat(outcomes).filteredOn(Application.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ProfileProblem.class::isInstance).singleElement()
                .satisfies(problem -> assertThat(((ProfileProblem) problem).kind())
                        .isEqualTo(ProfileProblem.Kind.ALREADY_APPLIED));
        assertThat(count("SELECT count(*) FROM mentor_applications WHERE user_id = ? AND status = 'PENDING'",
                applicant)).isOne();
    }

    @Test
    void anAdminCannotDecideTheirOwnApplication() {
        long id = apply(applicant).id();
        jdbc.sql("UPDATE users SET is_admin = true WHERE id = ?").param(applicant).update();

        assertThat(onboarding.approve(id, applicant).decision())
                .isEqualTo(MentorOnboarding.Decision.OWN_APPLICATION);
        assertThat(onboarding.find(id)).hasValueSatisfying(
                application -> assertThat(application.status()).isEqualTo(Application.Status.PENDING));
    }

    @Test
    void anApplicationReadThenDecidedInOneTransactionAnswersWithTheDecision() {
        long id = apply(applicant).id();
        long admin = admin(812, "Admin");

        Application answer = new TransactionTemplate(transactions).execute(status -> {
            assertThat(onboarding.find(id).orElseThrow().status()).isEqualTo(Application.Status.PENDING);
            Application rejected = onboarding.reject(id, admin, "Not yet").application().orElseThrow();
            assertThat(onboarding.find(id).orElseThrow().status()).isEqualTo(Application.Status.REJECTED);
            return rejected;
        });

        assertThat(answer.status()).isEqualTo(Application.Status.REJECTED);
        assertThat(answer.reason()).isEqualTo("Not yet");
    }

    private Application apply(long userId) {
        return onboarding.apply(userId, List.of("fitness"), "Coach", "Ten years in the gym.");
    }

    private Object attempt(long userId) {
        Throwable refused = catchThrowable(() -> apply(userId));
        return refused != null ? refused : onboarding.pendingOf(userId).orElseThrow();
    }

    private long admin(long telegramId, String firstName) {
        long id = user(telegramId, firstName);
        jdbc.sql("UPDATE users SET is_admin = true WHERE id = ?").param(id).update();
        return id;
    }

    private long user(long telegramId, String firstName) {
        return jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, language, time_zone)
                VALUES (?, ?, ?, 'EN', 'UTC') RETURNING id""")
                .params(telegramId, telegramId, firstName).query(Long.class).single();
    }
}
