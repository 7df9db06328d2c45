package io.mentorbot.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking journey in the sandbox web chat on a phone's screen, in English and in Ukrainian: what the student sees
 * at each step of the one screen that is edited in place, with a screenshot of each step in
 * {@code target/journey-<language>-<n>-<step>.png}.
 */
class BookingJourneyScreenshotsTest extends SandboxAppTest {

    /** What a student reads and presses on the way, in one language. */
    record Journey(String language, long student, String book, String allTopics, String mentorsTitle,
                   String chooseTime, String pickADay, String monday, String freeTimes, String check,
                   String confirm, String booked) {
    }

    static final Journey ENGLISH = new Journey("en", DemoCast.id(1001), "📅 Book a consultation", "All topics",
            "Mentors:", "📅 Choose a time", "Pick a day", "Mon", ": free times (", "Please check your booking",
            "✅ Confirm booking", "Booked! ✅");

    static final Journey UKRAINIAN = new Journey("uk", DemoCast.id(1002), "📅 Записатися на консультацію",
            "Усі теми", "Ментори:", "📅 Обрати час", "Оберіть день", "пн", ": вільний час (",
            "Перевірте, будь ласка, запис", "✅ Підтвердити запис", "Записано! ✅");

    private SandboxBrowser browser;

    @BeforeEach
    void openChromium(@TempDir Path profile) {
        browser = SandboxBrowser.open(profile);
        demo.reset();
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEnglishStudentBooksOnAPhoneAndEveryStepReadsInEnglish() throws IOException {
        walk(ENGLISH);
    }

    @Test
    void aUkrainianStudentBooksOnAPhoneAndEveryStepReadsInUkrainian() throws IOException {
        walk(UKRAINIAN);
    }

    private void walk(Journey journey) throws IOException {
        browser.startChat(baseUrl(), journey.student());
        browser.click(journey.book());
        browser.click(journey.allTopics());

        assertThat(browser.waitForScreen(Pattern.compile(Pattern.quote(journey.mentorsTitle())))).isNotBlank();
        assertThat(browser.lastBotButtons()).anySatisfy(label -> assertThat(label).endsWith("Iryna Koval"));
        screenshot(journey, 1, "mentors");

        browser.clickFirst(Pattern.compile("\\d+\\. Iryna Koval"));
        browser.waitForButton(journey.chooseTime());
        browser.waitForPhoto();
        assertThat(browser.lastBotText()).contains("Iryna Koval", "Java and Spring");
        screenshot(journey, 2, "card");

        browser.click(journey.chooseTime());
        browser.waitForScreen(Pattern.compile(Pattern.quote(journey.pickADay())));
        assertThat(browser.lastBotButtons()).contains(journey.monday());
        screenshot(journey, 3, "calendar");

        browser.pickAFreeDay(journey.monday());
        browser.waitForScreen(Pattern.compile(Pattern.quote(journey.freeTimes())));
        assertThat(browser.lastBotButtons()).anySatisfy(label -> assertThat(label).matches("\\d{2}:\\d{2}"));
        screenshot(journey, 4, "day");

        browser.clickFirst(Pattern.compile("\\d{2}:\\d{2}"));
        assertThat(browser.waitForScreen(Pattern.compile(Pattern.quote(journey.check())))).contains("Iryna Koval");
        assertThat(browser.lastBotButtons()).contains(journey.confirm());
        screenshot(journey, 5, "check");

        browser.click(journey.confirm());
        browser.waitForFile();
        assertThat(browser.botTexts()).anySatisfy(text -> assertThat(text).contains(journey.booked(), "Iryna Koval"));
        screenshot(journey, 6, "booked");
    }

    private void screenshot(Journey journey, int step, String name) throws IOException {
        browser.screenshot(Path.of("target", "journey-" + journey.language() + "-" + step + "-" + name + ".png"));
    }
}
