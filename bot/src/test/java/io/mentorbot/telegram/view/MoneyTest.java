package io.mentorbot.telegram.view;

import io.mentorbot.accounts.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void hryvniasReadAsGrnInUkrainianAndUahInEnglish() {
        assertThat(Money.format(Language.UK, 30_000, "UAH")).isEqualTo("300 грн");
        assertThat(Money.format(Language.EN, 30_000, "UAH")).isEqualTo("300 UAH");
    }

    @Test
    void dollarsAndEurosCarryTheirSignBeforeTheAmount() {
        assertThat(Money.format(Language.EN, 3_000, "USD")).isEqualTo("$30");
        assertThat(Money.format(Language.UK, 3_000, "usd")).isEqualTo("$30");
        assertThat(Money.format(Language.EN, 2_550, "EUR")).isEqualTo("€25.50");
        assertThat(Money.format(Language.UK, 2_550, "EUR")).isEqualTo("€25,50");
    }

    @Test
    void aWholeAmountHasNoCentsAndOtherCurrenciesFollowTheirCode() {
        assertThat(Money.format(Language.EN, 4_000, "PLN")).isEqualTo("40 PLN");
        assertThat(Money.format(Language.EN, 120_000, "UAH")).isEqualTo("1,200 UAH");
        assertThat(Money.format(Language.UK, 120_000, "UAH")).isEqualTo("1\u00a0200 грн");
    }
}
