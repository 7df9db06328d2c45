package io.mentorbot.telegram.mentor;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BecomeMentorFlowTest extends BotFlowTest {

    private SimulatedUser admin;
    private SimulatedUser olena;

    @BeforeEach
    void anAdminAndAWouldBeMentor() {
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        olena = telegram.user(601, "Олена", "Коваль", "olena_k", "uk");
        send(olena, "/start");
    }

    @Test
    void anApplicationReachesTheAdminAndApprovalMakesAMentor() {
        apply(olena);

        BotMessage notice = admin.chat().last();
        assertThat(notice.text()).contains("New mentor application", "Олена Коваль", "@olena_k",
                "Programming, Career", "Java backend", "Ten years of Java");
        assertThat(olena.chat().last().text()).contains("Заявку надіслано адміністраторам");

        press(admin, "✅ Approve");

        assertThat(admin.chat().last().text()).isEqualTo("Approved: Олена Коваль is a mentor now.");
        assertThat(olena.chat().last().text()).contains("вашу заявку ментора схвалено");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 601 AND is_mentor")).isOne();
        assertThat(count("""
                SELECT count(*) FROM mentor_profiles p JOIN users u ON u.id = p.user_id
                 WHERE u.telegram_id = 601 AND p.listed AND p.headline = 'Java backend' AND p.topics = '{programming,career}'
                """)).isOne();
        assertThat(telegram.commands().keySet()).anySatisfy(key -> assertThat(key).contains("601"));
        assertThat(send(user(602, "John", "en"), "/start").text()).contains("Олена Коваль: Java backend");
    }

    @Test
    void aRejectionAsksTheAdminForAReasonAndTellsTheApplicant() {
        apply(olena);

        press(admin, "❌ Reject");
        assertThat(admin.chat().last().text()).contains("Send the reason");
        send(admin, "Please add more detail about your experience");

        assertThat(olena.chat().last().text())
                .contains("не схвалено", "Please add more detail about your experience");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 601 AND NOT is_mentor")).isOne();
        assertThat(count("SELECT count(*) FROM mentor_applications WHERE status = 'REJECTED'")).isOne();
    }

    @Test
    void onlyAdminsMayDecideAndOnlyOnce() {
        apply(olena);
        long applicationId = count("SELECT id FROM mentor_applications");
        SimulatedUser intruder = user(603, "Mallory", "en");
        BotMessage own = send(intruder, "/start");

        CallbackAnswer forged = pressData(intruder, own.messageId(), "v1:app:" + applicationId + ":y");

        assertThat(forged.text()).isEqualTo("This is for platform admins only.");
        assertThat(count("SELECT count(*) FROM mentor_applications WHERE status = 'PENDING'")).isOne();

        press(admin, "✅ Approve");
        CallbackAnswer twice = pressData(admin, admin.chat().last().messageId(), "v1:app:" + applicationId + ":n");

        assertThat(twice.text()).isEqualTo("This application has already been decided.");
        assertThat(count("SELECT count(*) FROM mentor_applications WHERE status = 'APPROVED'")).isOne();
    }

    @Test
    void anApplicantMustChooseATopicAndRespectTheLimits() {
        send(olena, "/start");
        press(olena, "🎓 Стати ментором");

        CallbackAnswer noTopic = press(olena, "Готово ✔");
        assertThat(noTopic.text()).isEqualTo("Оберіть принаймні одну тему.");

        press(olena, "Програмування");
        press(olena, "Готово ✔");
        BotMessage tooLong = send(olena, "x".repeat(121));
        assertThat(tooLong.text()).contains("задовге: 121 символ,", "щонайбільше 120");
        send(olena, "Java");
        BotMessage longBio = send(olena, "y".repeat(1500));

        assertThat(longBio.text()).contains("задовге: 1\u00a0500 символів", "1\u00a0000");
        assertThat(count("SELECT count(*) FROM mentor_applications")).isZero();
        assertThat(count("SELECT count(*) FROM conversations WHERE step = 'BIO'")).isOne();
    }

    @Test
    void aSecondApplicationWhileOneIsPendingIsRefused() {
        apply(olena);
        send(olena, "/start");

        press(olena, "🎓 Стати ментором");

        assertThat(olena.chat().last().text()).contains("Вашу заявку розглядають");
    }

    @Test
    void adminsCanMakeAndUnmakeMentorsDirectly() {
        BotMessage made = send(admin, "/makementor @olena_k");

        assertThat(made.text()).isEqualTo("Олена Коваль is a mentor now.");
        assertThat(olena.chat().last().text()).contains("Адміністратори платформи зробили вас ментором");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 601 AND is_mentor")).isOne();

        assertThat(send(admin, "/unmentor 601").text()).contains("is no longer a mentor");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 601 AND NOT is_mentor")).isOne();
        assertThat(send(admin, "/makementor @nobody_here").text()).contains("I can't find the user @nobody_here");
    }

    @Test
    void studentsAreToldHowToBecomeAMentorWhenTheyTryMentorCommands() {
        assertThat(send(user(604, "John", "en"), "/newslot").text())
                .isEqualTo("/newslot is for mentors. Press \"Become a mentor\" in /start to apply.");
        assertThat(send(user(604, "John", "en"), "/makementor 1").text())
                .isEqualTo("/makementor is for platform admins only.");
    }

    private void apply(SimulatedUser applicant) {
        press(applicant, "🎓 Стати ментором");
        press(applicant, "Програмування");
        press(applicant, "Кар’єра");
        press(applicant, "Готово ✔");
        send(applicant, "Java backend");
        send(applicant, "Ten years of Java, happy to review your code.");
    }
}
