package io.mentorbot.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({
            "john@example.com, john@example.com",
            "'  John.Smith@Example.COM ', John.Smith@example.com",
            "first.last+mentor@mail.example.co.uk, first.last+mentor@mail.example.co.uk",
            "olena@приклад.укр, olena@xn--80aikifvh.xn--j1amh"})
    void aDeliverableAddressIsTidiedAndKept(String typed, String kept) {
        assertThat(EmailAddress.parse(typed)).contains(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "john", "john@", "@example.com", "john@@example.com", "jo@hn@example.com",
            "john@example", "john@example.c", "john@example.123", "jo hn@example.com", "john@exa mple.com",
            ".john@example.com", "john.@example.com", "jo..hn@example.com", "john@-example.com", "john@example-.com",
            "john@example..com", "john@.example.com", "john@example.com.", "\"john\"@example.com", "иван@example.com",
            "john@exa_mple.com", "john@exa\nmple.com", "jo\u0000hn@example.com"})
    void anythingElseIsRefused(String typed) {
        assertThat(EmailAddress.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void theLocalPartHasAtMostSixtyFourCharacters(int length) {
        assertThat(EmailAddress.parse("a".repeat(length) + "@example.com").isPresent()).isEqualTo(length <= 64);
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 255})
    void theWholeAddressHasAtMostTwoHundredFiftyFourCharacters(int length) {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(length - 193) + ".com";
        String address = "a".repeat(60) + "@" + domain;
        assertThat(address).hasSize(length);
        assertThat(EmailAddress.parse(address).isPresent()).isEqualTo(length <= 254);
    }
}
