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
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox web chat in the installed headless Chromium on a phone's screen, driven as a person would: open a
 * persona's chat, press buttons by their labels, type, and take screenshots.
 */
final class SandboxBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver browser;
    private final WebDriverWait wait;

    private SandboxBrowser(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class); // the page redraws the chat as messages change
    }

    /** Starts Chromium with a fresh profile, or skips the test where Chromium or its driver is not installed. */
    static SandboxBrowser open(Path profile) {
        assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing (apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER + " is missing (apt-get install chromium-driver)");
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
        return new SandboxBrowser(new ChromeDriver(service, options));
    }

    /** Opens the persona's chat and presses "Start", as a person arriving in the bot would. */
    void startChat(String baseUrl, long telegramId) {
        browser.get(baseUrl + "/sandbox#p=" + telegramId);
        wait.until(b -> b.findElement(By.id("banner")).getText().contains("SANDBOX"));
        wait.until(b -> b.findElement(By.id("start")).isDisplayed());
        browser.findElement(By.id("start")).click();
    }

    /** Switches persona with the list at the top, as a person would. */
    void be(long telegramId) {
        wait.until(b -> {
            new Select(b.findElement(By.id("persona"))).selectByValue(Long.toString(telegramId));
            return b.getCurrentUrl().endsWith("#p=" + telegramId);
        });
    }

    void type(String text) {
        browser.findElement(By.id("text")).sendKeys(text, Keys.ENTER);
    }

    /** Clicks the button with this text on the newest message that shows it. */
    void click(String text) {
        wait.until(b -> {
            List<WebElement> buttons = b.findElements(By.xpath("//div[contains(@class,'kb')]//button"));
            Optional<WebElement> newest = buttons.stream().filter(e -> e.getText().equals(text))
                    .reduce((first, second) -> second);
            newest.ifPresent(WebElement::click);
            return newest.isPresent();
        });
    }

    /** Clicks the first button like the pattern on the newest message that has one. */
    void clickFirst(Pattern pattern) {
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

    /** On the calendar (its weekday header starts with this label), picks the first free day, a month on if needed. */
    void pickAFreeDay(String monday) {
        boolean anyDay = wait.until(b -> b.findElements(By.cssSelector(".msg.bot .kb")).stream()
                .filter(kb -> kb.findElements(By.tagName("button")).stream().anyMatch(e -> e.getText().equals(monday)))
                .reduce((first, second) -> second)
                .map(kb -> kb.findElements(By.tagName("button")).stream()
                        .anyMatch(e -> e.getText().matches("\\d{1,2}")))
                .orElse(null));
        if (!anyDay) {
            click("▶");
        }
        clickFirst(Pattern.compile("\\d{1,2}"));
    }

    /** Waits until the newest bot message reads this way, and returns its text. */
    String waitForScreen(Pattern text) {
        return wait.until(b -> text.matcher(lastBotText()).find() ? lastBotText() : null);
    }

    /** Waits until the newest bot message shows a button with this label. */
    void waitForButton(String label) {
        wait.until(b -> lastBotButtons().contains(label));
    }

    /** Waits until a bot message shows a photo that has loaded. */
    void waitForPhoto() {
        wait.until(b -> b.findElements(By.cssSelector(".msg.bot img")).stream().anyMatch(this::loaded));
    }

    /** Waits until some bot message in the chat reads this way. */
    void waitForText(Predicate<String> text) {
        wait.until(b -> botTexts().stream().anyMatch(text));
    }

    void waitForFile() {
        wait.until(b -> !b.findElements(By.cssSelector(".msg.bot a.file")).isEmpty());
    }

    /** The labels of the buttons under the newest bot message (read again if the page redraws meanwhile). */
    List<String> lastBotButtons() {
        return wait.until(b -> {
            List<WebElement> messages = b.findElements(By.cssSelector(".msg.bot"));
            if (messages.isEmpty()) {
                return List.<String>of();
            }
            return messages.get(messages.size() - 1).findElements(By.cssSelector(".kb button")).stream()
                    .map(WebElement::getText).toList();
        });
    }

    /** The texts of the bot's messages, oldest first (read again if the page redraws meanwhile). */
    List<String> botTexts() {
        return wait.until(b -> b.findElements(By.cssSelector(".msg.bot .bubble")).stream()
                .map(WebElement::getText).toList());
    }

    String lastBotText() {
        List<String> texts = botTexts();
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private boolean loaded(WebElement image) {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return width instanceof Number n && n.intValue() > 0;
    }

    @Override
    public void close() {
        browser.quit();
    }
}
