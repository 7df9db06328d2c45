package io.mentorbot.mentors;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.mentorbot.mentors.MentorOnboarding.RoleChange;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Mentor rights changed through the core alone, as any front end would: no screen involved. */
class MentorRoleChangeTest extends BotFlowTest {

    @Autowired
    private MentorOnboarding onboarding;

    private long adminId;
    private long olenaId;
    private SimulatedUser olena;

    @BeforeEach
    void anAdminAndAStudent() {
        send(user(ADMIN_ID, "Ada", "en"), "/start");
        olena = user(601, "Olena", "en");
        send(olena, "/start");
        adminId = count("SELECT id FROM users WHERE telegram_id = ?", ADMIN_ID);
        olenaId = count("SELECT id FROM users WHERE telegram_id = 601");
    }

    @Test
    void aRoleChangeThroughTheCoreIsAuditedAndThePersonIsToldWithTheirMenu() {
        assertThat(onboarding.changeRole(adminId, olenaId, true)).isEqualTo(RoleChange.CHANGED);
        awaitOutboxDelivered();

        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_mentor", olenaId)).isOne();
        assertThat(jdbc.sql("SELECT admin_id || ' ' || action || ' ' || target || ' ' || before || ' -> ' || after "
                + "FROM admin_audit").query(String.class).list())
                .containsExactly(adminId + " make-mentor user:" + olenaId + " mentor=false -> mentor=true");
        assertThat(olena.chat().last().text()).startsWith("An admin has made you a mentor!");
        assertThat(telegram.commands().keySet()).anySatisfy(key -> assertThat(key).contains("601"));
    }

    @Test
    void twoConcurrentIdenticalChangesMakeOneChangeAndOneAuditEntry() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<RoleChange>> both = List.of(1, 2).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return onboarding.changeRole(adminId, olenaId, true);
                })).toList();
        start.countDown();

        List<RoleChange> results = both.stream().map(CompletableFuture::join).toList();
        awaitOutboxDelivered();

        assertThat(results).containsExactlyInAnyOrder(RoleChange.CHANGED, RoleChange.ALREADY);
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'make-mentor'")).isOne();
        assertThat(olena.chat().messages()).filteredOn(m -> m.text() != null && m.text().startsWith("An admin has made"))
                .hasSize(1);
    }

    @Test
    void aStudentCannotChangeRolesThroughTheCore() {
        long eveId = count("SELECT id FROM users WHERE telegram_id = ?", send(user(602, "Eve", "en"), "/start").chatId());

        assertThat(onboarding.changeRole(eveId, olenaId, true)).isEqualTo(RoleChange.NOT_ADMIN);

        assertThat(count("SELECT count(*) FROM users WHERE is_mentor")).isZero();
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
    }
}
