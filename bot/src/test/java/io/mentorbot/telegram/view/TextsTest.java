package io.mentorbot.telegram.view;

import java.util.Arrays;
import java.util.ResourceBundle;

import io.mentorbot.accounts.Language;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text reads exactly as the message source configured for the application (spring.messages.*) would write it,
 * in both languages, numbers included.
 */
class TextsTest {

    private final Texts texts = new Texts();

    @Test
    void everyTextInEveryLanguageReadsAsTheMessageSourceWritesIt() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        Object[] numbers = new Object[9];
        Arrays.fill(numbers, 1234567);
        Object[] words = new Object[9];
        Arrays.fill(words, "Ola's");
        int compared = 0;
        for (String key : ResourceBundle.getBundle("messages").keySet()) {
            for (Language language : Language.values()) {
                for (Object[] args : new Object[][] {numbers, words}) {
                    String expected;
                    try {
                        expected = source.getMessage(key, args, language.locale());
                    } catch (IllegalArgumentException e) {
                        continue; // a pattern that formats its argument as a number, given words
                    }
                    assertThat(texts.get(language, key, args)).as("%s in %s", key, language).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void aNumberIsWrittenAsTheLanguageWritesIt() {
        assertThat(texts.get(Language.EN, "booking.note.too-long", 1234567)).contains("1,234,567");
    }

    @Test
    void anUnknownKeyFails() {
        assertThatThrownBy(() -> texts.get(Language.UK, "no.such.text")).isInstanceOf(NoSuchMessageException.class);
    }
}
