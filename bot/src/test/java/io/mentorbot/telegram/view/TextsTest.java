package io.mentorbot.telegram.view;

import io.mentorbot.accounts.Language;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Texts are ICU message formats: counts follow each language's plural rules and apostrophes stay apostrophes. */
class TextsTest {

    private final Texts texts = new Texts();

    @Test
    void ukrainianCountsTakeTheFormTheNumberNeeds() {
        assertThat(texts.get(Language.UK, "card.rating", "4.8", 1)).isEqualTo("★ 4.8 (1 відгук)");
        assertThat(texts.get(Language.UK, "card.rating", "4.8", 2)).isEqualTo("★ 4.8 (2 відгуки)");
        assertThat(texts.get(Language.UK, "card.rating", "4.8", 5)).isEqualTo("★ 4.8 (5 відгуків)");
        assertThat(texts.get(Language.UK, "card.rating", "4.8", 21)).isEqualTo("★ 4.8 (21 відгук)");
        assertThat(texts.get(Language.UK, "card.rating", "4.8", 12)).isEqualTo("★ 4.8 (12 відгуків)");
        assertThat(texts.get(Language.UK, "stats.sessions", 3)).isEqualTo("3 сесії");
    }

    @Test
    void englishCountsTakeTheSingularOnlyForOne() {
        assertThat(texts.get(Language.EN, "card.rating", "4.8", 1)).isEqualTo("★ 4.8 (1 review)");
        assertThat(texts.get(Language.EN, "card.rating", "4.8", 2)).isEqualTo("★ 4.8 (2 reviews)");
        assertThat(texts.get(Language.EN, "reminder.in-minutes", 1)).isEqualTo("in 1 minute");
        assertThat(texts.get(Language.EN, "reminder.in-minutes", 15)).isEqualTo("in 15 minutes");
    }

    @Test
    void aSingleApostropheInAWordIsWrittenAsItIs() {
        assertThat(Texts.render(Language.UK, "Про об'єкт {0}: п'ять хвилин", "Оля")).isEqualTo("Про об'єкт Оля: п'ять хвилин");
        assertThat(Texts.render(Language.UK, "{0, plural, one {# п'ятниця} few {# п'ятниці} many {# п'ятниць} other {# п'ятниці}}", 5))
                .isEqualTo("5 п'ятниць");
        assertThat(Texts.render(Language.EN, "Don't worry, {0}", "Ola")).isEqualTo("Don't worry, Ola");
    }

    @Test
    void aDoubledApostropheIsOneApostrophe() {
        assertThat(texts.get(Language.EN, "command.unknown", "/foo")).startsWith("I don't know the command /foo.");
        assertThat(Texts.render(Language.UK, "об''єкт {0}", "Оля")).isEqualTo("об'єкт Оля");
    }

    @Test
    void anArgumentThatHoldsAnApostropheKeepsIt() {
        assertThat(texts.get(Language.UK, "command.unknown", "/п'ять")).contains("/п'ять");
    }

    @Test
    void aNumberIsWrittenAsTheLanguageWritesIt() {
        assertThat(texts.get(Language.EN, "booking.note.too-long", 1234567)).contains("1,234,567 characters");
        assertThat(texts.get(Language.UK, "booking.note.too-long", 1234567)).contains("1\u00a0234\u00a0567 символів"); // grouped with no-break spaces
    }

    @Test
    void anUnknownKeyFails() {
        assertThatThrownBy(() -> texts.get(Language.UK, "no.such.text")).isInstanceOf(NoSuchMessageException.class);
    }
}
