package io.mentorbot.telegram.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessagePattern;
import io.mentorbot.accounts.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message catalogue as a whole: both languages have every text, Ukrainian speaks to everyone without "(ла)"
 * forms, and every text renders cleanly with sample arguments (counts, names, a reason) in both languages.
 */
class TextCatalogueTest {

    private static final Pattern SPLIT_FORM = Pattern.compile("\\((?:-)?(?:ла|ла ся|лася)\\)|\\w\\(-?[а-яіїє]{1,4}\\)");
    private static final int[] COUNTS = {0, 1, 2, 5, 11, 21, 1234};

    private final Texts texts = new Texts();
    private final Properties en = uncheckedLoad("messages.properties");
    private final Properties uk = uncheckedLoad("messages_uk.properties");

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> ukrainian = load("messages_uk.properties").stringPropertyNames();
        assertThat(new TreeSet<>(ukrainian)).as("keys missing in Ukrainian").containsAll(english);
        assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(ukrainian);
        assertThat(english).hasSizeGreaterThan(400);
    }

    @Test
    void ukrainianTextsHaveNoGenderSplitForms() throws IOException {
        Properties ukrainian = load("messages_uk.properties");
        List<String> split = new ArrayList<>();
        for (String key : ukrainian.stringPropertyNames()) {
            String text = ukrainian.getProperty(key);
            if (SPLIT_FORM.matcher(text).find() || text.contains("відмін")) {
                split.add(key + "=" + text);
            }
        }
        assertThat(split).isEmpty();
    }

    @Test
    void everyTextRendersWithoutDoubleSpacesOrDoublePeriodsInBothLanguages() throws IOException {
        int rendered = 0;
        List<String> untidy = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            for (Language language : Language.values()) {
                for (int count : COUNTS) {
                    String text = texts.get(language, key, sample(language, key, count));
                    if (text.contains("  ") || text.replace("...", "…").contains("..") || text.contains("'{")) {
                        untidy.add(language + " " + key + ": " + text);
                    }
                    rendered++;
                }
            }
        }
        assertThat(untidy).isEmpty();
        assertThat(rendered).isGreaterThan(5000);
    }

    @Test
    void aReasonThatEndsWithAPeriodIsNotFollowedByAnother() {
        for (Language language : Language.values()) {
            String text = texts.get(language, "my.cancelled.mentor", "Ola", "Wed 9 Dec 18:00", "Europe/Kyiv", "Sick");
            assertThat(text).doesNotContain("..");
        }
    }

    /** Numbers where the pattern counts or formats, and a name ending in a letter everywhere else. */
    private Object[] sample(Language language, String key, int count) {
        String pattern = language == Language.UK ? uk.getProperty(key, en.getProperty(key)) : en.getProperty(key);
        MessagePattern parsed = new MessagePattern(pattern);
        Object[] args = new Object[10];
        for (int i = 0; i < args.length; i++) {
            args[i] = language == Language.UK ? "Оля Коваль" : "Ola Koval";
        }
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() != MessagePattern.ArgType.NONE && parsed.getPart(i + 1).getValue() < args.length) {
                args[parsed.getPart(i + 1).getValue()] = count;
            }
        }
        return args;
    }

    private static Properties uncheckedLoad(String name) {
        try {
            return load(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
