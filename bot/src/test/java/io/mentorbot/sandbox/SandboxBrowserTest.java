package io.mentorbot.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox in a real browser (the installed headless Chromium, phone-sized): a student books a slot with the
 * buttons, the mentor sees the booking, the admin gets the statistics chart. Leaves a screenshot of the booking in
 * {@code target/sandbox-booking.png}.
 */
class SandboxBrowserTest extends SandboxAppTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "sandbox-booking.png");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openChromium(@TempDir Path profile) {
        assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing (apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER + " is missing (apt-get install chromium-driver)");
        demo.reset();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=en-GB");
        // A phone's screen: 390 x 844 CSS pixels at twice the density, so the screenshot stays sharp.
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class); // the page redraws the chat as messages change
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStudentBooksTheMentorSeesItAndTheAdminGetsTheChart() throws IOException {
        browser.get(baseUrl() + "/sandbox#p=" + DemoCast.id(1001));
        wait.until(b -> b.findElement(By.id("banner")).getText().contains("SANDBOX"));
        wait.until(b -> b.findElement(By.id("start")).isDisplayed());
        browser.findElement(By.id("start")).click();

        click("📅 Book a consultation");
        click("All topics");
        clickFirst(Pattern.compile("\\d+\\. Iryna Koval"));
        wait.until(b -> b.findElements(By.cssSelector(".msg.bot img")).stream().anyMatch(this::loaded));
        click("📅 Choose a time");
        pickAFreeDay();
        clickFirst(Pattern.compile("\\d{2}:\\d{2}"));
        click("✅ Confirm booking");

        wait.until(b -> lastBotText().contains("BEGIN") || !b.findElements(By.cssSelector(".msg.bot a.file")).isEmpty());
        assertThat(botTexts()).anySatisfy(text -> assertThat(text).contains("Booked!", "Iryna Koval"));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        be(DemoCast.id(2001));
        wait.until(b -> botTexts().stream().anyMatch(text -> text.contains("New booking") && text.contains("Sam")));

        be(DemoCast.id(3001));
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys("/stats", Keys.ENTER);
        wait.until(b -> botTexts().stream().anyMatch(text -> text.contains("Platform statistics")));
        wait.until(b -> b.findElements(By.cssSelector(".msg.bot img")).stream().anyMatch(this::loaded));
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    /** Switches persona with the list at the top, as a person would. */
    private void be(long telegramId) {
        wait.until(b -> {
            new Select(b.findElement(By.id("persona"))).selectByValue(Long.toString(telegramId));
            return b.getCurrentUrl().endsWith("#p=" + telegramId);
        });
    }

    /** Clicks the button with this text on the newest message that shows it. */
    private void click(String text) {
        wait.until(b -> {
            List<WebElement> buttons = b.findElements(By.xpath("//div[contains(@class,'kb')]//button"));
            Optional<WebElement> newest = buttons.stream().filter(e -> e.getText().equals(text))
                    .reduce((first, second) -> second);
            newest.ifPresent(WebElement::click);
            return newest.isPresent();
        });
    }

    /** Clicks the first button like the pattern on the newest message that has one. */
    private void clickFirst(Pattern pattern) {
        wait.until(b -> {
            List<WebElement> keyboards = new ArrayList<>(b.findElements(By.cssSelector(".msg.bot .kb")));
            Collections.reverse(keyboards);
            for (WebElement keyboard : keyboards) {
                Optional<WebElement> first = keyboard.findElements(By.tagName("button")).stream()
                        .filter(e -> pattern.matcher(e.getText()).matches()).findFirst();
                if (first.isPresent()) {
                    first.get().click();
                    return true;
                }
            }
            return false;
        });
    }

    private void pickAFreeDay() {
        WebElement calendar = wait.until(b -> b.findElements(By.cssSelector(".msg.bot .kb")).stream()
                .filter(kb -> kb.findElements(By.tagName("button")).stream().anyMatch(e -> e.getText().equals("Mon")))
                .reduce((first, second) -> second).orElse(null));
        boolean anyDay = calendar.findElements(By.tagName("button")).stream()
                .anyMatch(e -> e.getText().matches("\\d{1,2}"));
        if (!anyDay) {
            click("▶");
        }
        clickFirst(Pattern.compile("\\d{1,2}"));
    }

    private boolean loaded(WebElement image) {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return width instanceof Number n && n.intValue() > 0;
    }

    private List<String> botTexts() {
        return browser.findElements(By.cssSelector(".msg.bot .bubble")).stream().map(WebElement::getText).toList();
    }

    private String lastBotText() {
        List<String> texts = botTexts();
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }
}
