package io.mentorbot.telegram.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a person who erased their account is looked for in what other chats sent and were sent (JSON texts). */
class ChatErasureTest {

    @Test
    void aLatinNameIsLookedForAsWrittenWithLikesWildcardsTakenLiterally() {
        assertThat(ChatErasure.mentionPatterns(List.of("Ostap", "ostap_brz", "100%")))
                .containsExactly("%Ostap%", "%ostap\\_brz%", "%100\\%%");
    }

    @Test
    void aNameBeyondAsciiIsAlsoLookedForAsJsonEscapesIt() {
        assertThat(ChatErasure.mentionPatterns(List.of("Зоя")))
                .containsExactly("%Зоя%", "%\\\\u0417\\\\u043e\\\\u044f%");
    }

    @Test
    void quotesAndBackslashesAreLookedForAsJsonWritesThem() {
        assertThat(ChatErasure.mentionPatterns(List.of("O\"Neil\\")))
                .containsExactly("%O\\\\\"Neil\\\\\\\\%");
    }

    @Test
    void namesTooShortToTellApartAreNotLookedFor() {
        assertThat(ChatErasure.mentionPatterns(List.of("Al", "Bo"))).isEmpty();
    }
}
