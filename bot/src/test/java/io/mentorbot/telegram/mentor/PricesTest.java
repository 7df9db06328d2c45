package io.mentorbot.telegram.mentor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PricesTest {

    @Test
    void aPriceIsReadWithOrWithoutTheCurrencyInEitherLanguage() {
        assertThat(Prices.parse("300", "UAH")).contains(new Prices.Price(30_000, "UAH"));
        assertThat(Prices.parse("300 грн", "USD")).contains(new Prices.Price(30_000, "UAH"));
        assertThat(Prices.parse("300 Грн.", "USD")).contains(new Prices.Price(30_000, "UAH"));
        assertThat(Prices.parse("300 гривень", "USD")).contains(new Prices.Price(30_000, "UAH"));
        assertThat(Prices.parse("300 uah", "USD")).contains(new Prices.Price(30_000, "UAH"));
        assertThat(Prices.parse("300₴", "USD")).contains(new Prices.Price(30_000, "UAH"));
    }

    @Test
    void signsAndFractionsAreUnderstood() {
        assertThat(Prices.parse("$30", "UAH")).contains(new Prices.Price(3_000, "USD"));
        assertThat(Prices.parse("25,5 EUR", "UAH")).contains(new Prices.Price(2_550, "EUR"));
        assertThat(Prices.parse("25.50 usd", "UAH")).contains(new Prices.Price(2_550, "USD"));
        assertThat(Prices.parse("0", "UAH")).contains(new Prices.Price(0, "UAH"));
    }

    @Test
    void somethingElseIsNotAPrice() {
        assertThat(Prices.parse("three hundred", "UAH")).isEmpty();
        assertThat(Prices.parse("$30 USD", "UAH")).isEmpty();
        assertThat(Prices.parse("-5", "UAH")).isEmpty();
    }
}
