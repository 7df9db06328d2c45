package io.mentorbot.telegram.booking;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.telegram.view.MonthCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student reads a mentor's month calendar as printed on the phone; the platform's clock stands at Monday 15 March
 * 2027, 12:00 in Kyiv.
 */
class ReadableCalendarFlowTest extends BotFlowTest {

    private SimulatedUser mentor;
    private long mentorId;

    @BeforeEach
    void aListedMentor() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(811, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 811");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend mentor', '{programming}', true)
                """).param(mentorId).update();
    }

    @Test
    void everyDateOfTheMonthIsShownAndOnlyDaysWithFreeTimesArePlainNumbers() {
        slotAt("2027-03-20T16:00:00Z");
        SimulatedUser john = user(911, "John", "en");

        BotMessage calendar = openCalendar(john);

        List<List<Button>> rows = calendar.inlineKeyboard();
        assertThat(rows.get(0)).extracting(Button::text).containsExactly("March 2027");
        assertThat(rows.get(1)).extracting(Button::text).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(8));
        List<String> dates = IntStream.rangeClosed(1, 31)
                .mapToObj(d -> d == 20 ? "20" : MonthCalendar.struck(Integer.toString(d))).toList();
        assertThat(calendar.buttonTexts()).containsAll(dates).doesNotContain("·", "◀", "▶")
                .noneMatch(text -> text.startsWith("⏭"));
        assertThat(calendar.text()).contains("Crossed-out days have no free times", "Europe/Kyiv");
    }

    @Test
    void aDayWithoutFreeTimesAnswersAShortToastAndTheScreenStaysAsItWas() {
        slotAt("2027-03-20T16:00:00Z");
        SimulatedUser john = user(912, "John", "en");
        BotMessage calendar = openCalendar(john);
        int messages = john.chat().messages().size();

        CallbackAnswer later = press(john, MonthCalendar.struck("18"));
        CallbackAnswer past = press(john, MonthCalendar.struck("14"));
        CallbackAnswer weekday = press(john, "Wed");

        assertThat(later.text()).isEqualTo("No free times on Thu 18 Mar.");
        assertThat(past.text()).isEqualTo("Sun 14 Mar is in the past.");
        assertThat(weekday.text()).isNullOrEmpty();
        assertThat(john.chat().messages()).hasSize(messages);
        assertThat(john.chat().last()).isEqualTo(calendar);
    }

    @Test
    void aMonthWithoutFreeTimesPointsToTheNextFreeDayInALaterMonth() {
        slotAt("2027-05-07T15:00:00Z");
        SimulatedUser john = user(913, "John", "en");
        assertThat(openCalendar(john).inlineKeyboard().get(0)).extracting(Button::text).containsExactly("May 2027");

        press(john, "◀");
        BotMessage april = john.chat().last();

        assertThat(april.inlineKeyboard().get(0)).extracting(Button::text).containsExactly("April 2027");
        assertThat(april.text()).startsWith("No free times this month");
        assertThat(april.buttonTexts()).contains("◀", "▶", "⏭ Next free: Fri 7 May")
                .doesNotContain("1", "30").contains(MonthCalendar.struck("30"));

        press(john, "⏭ Next free: Fri 7 May");

        assertThat(john.chat().last().text()).startsWith("Fri 7 May: free times (Europe/Kyiv)");
        assertThat(john.chat().last().buttonTexts()).contains("18:00");
    }

    @Test
    void theNextMonthArrowSkipsToTheMonthThatHasFreeTimes() {
        slotAt("2027-05-07T15:00:00Z");
        SimulatedUser john = user(914, "John", "en");
        openCalendar(john);
        press(john, "◀");
        press(john, "◀");
        assertThat(john.chat().last().inlineKeyboard().get(0)).extracting(Button::text).containsExactly("March 2027");

        press(john, "▶");

        assertThat(john.chat().last().inlineKeyboard().get(0)).extracting(Button::text).containsExactly("May 2027");
        assertThat(john.chat().last().buttonTexts()).contains("7").doesNotContain("▶");
    }

    @Test
    void aMonthWithNoFreeTimeAndNoneLaterOffersNoArrowAndNoJump() {
        long slot = slotAt("2027-03-20T16:00:00Z");
        SimulatedUser john = user(915, "John", "en");
        openCalendar(john);
        jdbc.sql("UPDATE slots SET status = 'BLOCKED' WHERE id = ?").param(slot).update();

        press(john, "20");
        assertThat(john.chat().last().text()).isEqualTo("Sat 20 Mar: no free times left.");
        press(john, "◀ Other days");

        BotMessage march = john.chat().last();
        assertThat(march.text()).startsWith("No free times this month or later");
        assertThat(march.buttonTexts()).contains(MonthCalendar.struck("20")).doesNotContain("20", "▶", "◀")
                .noneMatch(text -> text.startsWith("⏭"));
    }

    @Test
    void theDayListSaysTodayAndTomorrow() {
        slotAt("2027-03-15T14:00:00Z");
        slotAt("2027-03-16T14:00:00Z");
        SimulatedUser john = user(916, "John", "en");
        openCalendar(john);

        press(john, "15");
        assertThat(john.chat().last().text()).startsWith("Today, Mon 15 Mar: free times (Europe/Kyiv)");
        press(john, "◀ Other days");
        press(john, "16");

        assertThat(john.chat().last().text()).startsWith("Tomorrow, Tue 16 Mar: free times (Europe/Kyiv)");
    }

    @Test
    void aUkrainianReaderSeesTheMonthWeekdaysAndTomorrowInUkrainian() {
        slotAt("2027-03-16T14:00:00Z");
        SimulatedUser olha = user(917, "Olha", "uk");
        send(olha, "/start");
        send(olha, "/mentors");
        press(olha, "Усі теми");
        press(olha, "1. Iryna Koval");
        press(olha, "📅 Обрати час");
        BotMessage calendar = olha.chat().last();

        assertThat(calendar.inlineKeyboard().get(0)).extracting(Button::text).containsExactly("березень 2027");
        assertThat(calendar.inlineKeyboard().get(1)).extracting(Button::text)
                .containsExactly("пн", "вт", "ср", "чт", "пт", "сб", "нд");
        assertThat(calendar.text()).contains("Закреслені дні не мають вільного часу");
        press(olha, "16");

        assertThat(olha.chat().last().text()).startsWith("Завтра, ").contains("вільний час (Europe/Kyiv)");
    }

    private BotMessage openCalendar(SimulatedUser student) {
        send(student, "/start");
        send(student, "/mentors");
        press(student, "All topics");
        press(student, "1. Iryna Koval");
        press(student, "📅 Choose a time");
        return student.chat().last();
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
