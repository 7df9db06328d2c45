package io.mentorbot.telegram.mentor;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void datesAreReadInFullShortOrRelativeToToday() {
        assertThat(TimeInput.date("2026-12-23", TODAY)).contains(LocalDate.of(2026, 12, 23));
        assertThat(TimeInput.date("23.12", TODAY)).contains(LocalDate.of(2026, 12, 23));
        assertThat(TimeInput.date("23.12.2027", TODAY)).contains(LocalDate.of(2027, 12, 23));
        assertThat(TimeInput.date("tomorrow", TODAY)).contains(LocalDate.of(2026, 12, 8));
        assertThat(TimeInput.date("Завтра", TODAY)).contains(LocalDate.of(2026, 12, 8));
        assertThat(TimeInput.date("сьогодні", TODAY)).contains(TODAY);
    }

    @Test
    void aShortDateThatHasPassedThisYearMeansNextYear() {
        assertThat(TimeInput.date("03.01", TODAY)).contains(LocalDate.of(2027, 1, 3));
    }

    @Test
    void impossibleDatesAreNotRead() {
        assertThat(TimeInput.date("31.02", TODAY)).isEmpty();
        assertThat(TimeInput.date("2027-02-30", TODAY)).isEmpty();
        assertThat(TimeInput.date("someday", TODAY)).isEmpty();
    }

    @Test
    void timesAreReadInTwentyFourOrTwelveHourForm() {
        assertThat(TimeInput.span("9am")).contains(new TimeInput.Span(LocalTime.of(9, 0), null));
        assertThat(TimeInput.span("9:30 PM")).contains(new TimeInput.Span(LocalTime.of(21, 30), null));
        assertThat(TimeInput.span("12am")).contains(new TimeInput.Span(LocalTime.MIDNIGHT, null));
        assertThat(TimeInput.span("12pm")).contains(new TimeInput.Span(LocalTime.NOON, null));
        assertThat(TimeInput.span("9am-11am")).contains(new TimeInput.Span(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        assertThat(TimeInput.span("18:00-21:00")).contains(new TimeInput.Span(LocalTime.of(18, 0), LocalTime.of(21, 0)));
        assertThat(TimeInput.span("18-21")).contains(new TimeInput.Span(LocalTime.of(18, 0), LocalTime.of(21, 0)));
        assertThat(TimeInput.span("13pm")).isEmpty();
        assertThat(TimeInput.span("banana")).isEmpty();
    }
}
