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
 * The sandbox in a real browser (the installed headless Chromium, phone-sized): a student books a slot with the
 * buttons, the mentor sees the booking, the admin gets the statistics chart. Leaves a screenshot of the booking in
 * {@code target/sandbox-booking.png}.
 */
class SandboxBrowserTest extends SandboxAppTest {

    static final Path SCREENSHOT = Path.of("target", "sandbox-booking.png");

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
    void aStudentBooksTheMentorSeesItAndTheAdminGetsTheChart() throws IOException {
        browser.startChat(baseUrl(), DemoCast.id(1001));

        browser.click("📅 Book a consultation");
        browser.click("All topics");
        browser.clickFirst(Pattern.compile("\\d+\\. Iryna Koval"));
        browser.waitForPhoto();
        browser.click("📅 Choose a time");
        browser.pickAFreeDay("Mon");
        browser.clickFirst(Pattern.compile("\\d{2}:\\d{2}"));
        browser.click("✅ Confirm booking");

        browser.waitForFile();
        assertThat(browser.botTexts()).anySatisfy(text -> assertThat(text).contains("Booked!", "Iryna Koval"));
        browser.screenshot(SCREENSHOT);

        browser.be(DemoCast.id(2001));
        browser.waitForText(text -> text.contains("New booking") && text.contains("Sam"));

        browser.be(DemoCast.id(3001));
        browser.type("/stats");
        browser.waitForText(text -> text.contains("Platform statistics"));
        browser.waitForPhoto();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }
}
