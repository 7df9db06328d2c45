package io.mentorbot.web.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The admin's actions: each the core's own use case, one audit row per change, refusals as problems. */
class AdminActionsApiTest extends AdminApiFixtures {

    @Autowired
    MentorOnboarding onboarding;

    @Test
    void mentorRightsAreGivenAndTakenWithOneAuditRowEach() {
        long anna = student("Anna", null);

        Answer made = post("/users/" + anna + "/make-mentor", Map.of());
        Answer again = post("/users/" + anna + "/make-mentor", Map.of());

        assertThat(made.status()).isEqualTo(200);
        assertThat(made.body().path("roles").toString()).contains("MENTOR");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/admin-already");
        assertThat(audited("make-mentor")).isOne();

        Answer unmade = post("/users/" + anna + "/unmake-mentor", Map.of());

        assertThat(unmade.status()).isEqualTo(200);
        assertThat(unmade.body().path("roles").toString()).doesNotContain("MENTOR");
        assertThat(audited("unmake-mentor")).isOne();
        assertThat(audits()).isEqualTo(2);
    }

    @Test
    void blockingTakesEffectAtOnceAndIsAuditedOnceAndAConfiguredAdminCannotBeBlocked() {
        long anna = student("Anna", null);
        String annasToken = signIn(telegramIdOf(anna), "Anna");

        Answer blocked = post("/users/" + anna + "/block", Map.of());

        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.body().path("blocked").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/me", annasToken).status()).isEqualTo(403);
        assertThat(post("/users/" + anna + "/block", Map.of()).status()).isEqualTo(409);
        assertThat(post("/users/" + adminId + "/block", Map.of()).text("type")).isEqualTo("/problems/admin-permanent");
        assertThat(audited("block")).isOne();

        assertThat(post("/users/" + anna + "/unblock", Map.of()).body().path("blocked").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/me", annasToken).status()).isEqualTo(200);
        assertThat(audited("unblock")).isOne();
    }

    @Test
    void anUnknownIdIsNotFoundForEveryActionAndNothingIsAudited() {
        for (String path : List.of("/users/999999/make-mentor", "/users/999999/unmake-mentor", "/users/999999/block",
                "/users/999999/unblock", "/users/999999/revoke-admin", "/mentors/999999/list",
                "/mentors/999999/unlist", "/slots/999999/block", "/slots/999999/unblock",
                "/applications/999999/approve")) {
            Answer answer = post(path, Map.of());
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.text("type")).as(path).isEqualTo("/problems/not-found");
        }
        assertThat(post("/bookings/999999/cancel", Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(post("/applications/999999/reject", Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(api.raw("DELETE", "/api/v1/admin/slots/999999", null, null, admin).status()).isEqualTo(404);
        assertThat(audits()).isZero();
    }

    @Test
    void aMentorIsListedAndUnlistedWithOneAuditRowEach() {
        long taras = mentor("Taras", true);
        long anna = student("Anna", null);

        Answer unlisted = post("/mentors/" + taras + "/unlist", Map.of());

        assertThat(unlisted.status()).isEqualTo(200);
        assertThat(unlisted.body().path("listed").asBoolean()).isFalse();
        assertThat(post("/mentors/" + taras + "/unlist", Map.of()).status()).isEqualTo(409);
        assertThat(post("/mentors/" + taras + "/list", Map.of()).body().path("listed").asBoolean()).isTrue();
        assertThat(post("/mentors/" + anna + "/list", Map.of()).status()).isEqualTo(404);
        assertThat(audited("unlist-mentor")).isOne();
        assertThat(audited("list-mentor")).isOne();
        assertThat(audits()).isEqualTo(2);
    }

    @Test
    void aSlotIsBlockedUnblockedAndDeletedButABookedOneIsLeftAlone() {
        long taras = mentor("Taras", true);
        long free = slot(taras, Duration.ofDays(1), "FREE");
        long taken = slot(taras, Duration.ofDays(2), "FREE");
        booked(student("Anna", null), taken);

        assertThat(post("/slots/" + free + "/block", Map.of()).text("status")).isEqualTo("BLOCKED");
        assertThat(post("/slots/" + free + "/unblock", Map.of()).text("status")).isEqualTo("FREE");
        assertThat(api.raw("DELETE", "/api/v1/admin/slots/" + free, null, null, admin).status()).isEqualTo(204);
        Answer refused = post("/slots/" + taken + "/block", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("/problems/slot-not-changeable");
        assertThat(api.raw("DELETE", "/api/v1/admin/slots/" + taken, null, null, admin).status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM slots WHERE id = ?", free)).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BOOKED'", taken)).isOne();
        assertThat(List.of(audited("block-slot"), audited("unblock-slot"), audited("delete-slot")))
                .containsExactly(1L, 1L, 1L);
        assertThat(audits()).isEqualTo(3);
    }

    @Test
    void anApplicationIsApprovedOrRejectedWithAReasonOnceAndAudited() {
        long anna = student("Anna", null);
        long bohdan = student("Bohdan", null);
        long first = onboarding.apply(anna, List.of("programming"), "Java mentor", "Ten years of Java").id();
        long second = onboarding.apply(bohdan, List.of("programming"), "Kotlin mentor", "Five years of Kotlin").id();

        Answer approved = post("/applications/" + first + "/approve", Map.of());
        Answer late = post("/applications/" + first + "/reject", Map.of("reason", "Changed my mind"));
        Answer noReason = post("/applications/" + second + "/reject", Map.of("reason", " "));
        Answer rejected = post("/applications/" + second + "/reject", Map.of("reason", "Too little experience"));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_mentor", anna)).isOne();
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("type")).isEqualTo("/problems/application-decided");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(rejected.text("reason")).isEqualTo("Too little experience");
        assertThat(audited("approve-application")).isOne();
        assertThat(audited("reject-application")).isOne();
    }

    @Test
    void anAdminsCancellationIsAuditedAndBothSidesAreToldInTelegram() {
        SimulatedUser student = user(601, "Olena", "en");
        SimulatedUser mentorUser = user(602, "Taras", "en");
        send(student, "/start");
        send(mentorUser, "/start");
        long studentId = count("SELECT id FROM users WHERE telegram_id = 601");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 602");
        becomeMentor(mentorId, true);
        long booking = booked(studentId, slot(mentorId, Duration.ofDays(2), "FREE"));

        Answer noReason = post("/bookings/" + booking + "/cancel", Map.of());
        Answer cancelled = post("/bookings/" + booking + "/cancel", Map.of("reason", "Mentor on sick leave"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("cancelReason")).isEqualTo("Mentor on sick leave");
        assertThat(audited("cancel-booking")).isOne();
        await().untilAsserted(() -> {
            assertThat(student.chat().messages()).extracting(BotMessage::text)
                    .anyMatch(text -> text.contains("Mentor on sick leave"));
            assertThat(mentorUser.chat().messages()).extracting(BotMessage::text)
                    .anyMatch(text -> text.contains("Mentor on sick leave"));
        });
        Answer again = post("/bookings/" + booking + "/cancel", Map.of("reason", "Twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/booking-not-cancellable");
        assertThat(audited("cancel-booking")).isOne();
    }

    private Answer post(String path, Object body) {
        return api.post("/api/v1/admin" + path, body, admin, null);
    }
}
