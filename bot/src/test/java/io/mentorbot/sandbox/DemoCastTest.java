package io.mentorbot.sandbox;

import java.util.regex.Pattern;

import io.mentorbot.accounts.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mentors introduce themselves in their own language. */
class DemoCastTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void ukrainianSpeakingMentorsHaveUkrainianHeadlinesAndBios() {
        assertThat(DemoCast.MENTORS).filteredOn(m -> m.language() == Language.UK).isNotEmpty().allSatisfy(m -> {
            assertThat(m.headline()).as(m.firstName()).containsPattern(CYRILLIC);
            assertThat(m.bio()).as(m.firstName()).containsPattern(CYRILLIC);
        });
    }

    @Test
    void englishSpeakingMentorsWriteInEnglish() {
        assertThat(DemoCast.MENTORS).filteredOn(m -> m.language() == Language.EN).isNotEmpty().allSatisfy(m -> {
            assertThat(m.headline()).as(m.firstName()).doesNotContainPattern(CYRILLIC);
            assertThat(m.bio()).as(m.firstName()).doesNotContainPattern(CYRILLIC);
        });
    }
}
