package io.mentorbot.telegram.account;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZonesTest {

    private final TimeZones zones = new TimeZones();

    @Test
    void ukrainianCityNamesFindTheirZones() {
        assertThat(zones.parse("Київ")).contains(ZoneId.of("Europe/Kyiv"));
        assertThat(zones.parse("Варшава")).contains(ZoneId.of("Europe/Warsaw"));
        assertThat(zones.parse("Нью-Йорк")).contains(ZoneId.of("America/New_York"));
        assertThat(zones.parse("нью йорк")).contains(ZoneId.of("America/New_York"));
        assertThat(zones.parse("ЛОНДОН")).contains(ZoneId.of("Europe/London"));
        assertThat(zones.parse("Львів")).contains(ZoneId.of("Europe/Kyiv"));
    }

    @Test
    void englishNamesZoneIdsAndOffsetsStillWork() {
        assertThat(zones.parse("Lviv")).contains(ZoneId.of("Europe/Kyiv"));
        assertThat(zones.parse("New York")).contains(ZoneId.of("America/New_York"));
        assertThat(zones.parse("new-york")).contains(ZoneId.of("America/New_York"));
        assertThat(zones.parse("europe/kiev")).contains(ZoneId.of("Europe/Kyiv"));
        assertThat(zones.parse("America/Port-au-Prince")).contains(ZoneId.of("America/Port-au-Prince"));
        assertThat(zones.parse("UTC+2")).contains(ZoneId.of("UTC+2"));
        assertThat(zones.parse("UTC")).contains(ZoneId.of("UTC"));
    }

    @Test
    void anUnknownPlaceIsNotAZone() {
        assertThat(zones.parse("Атлантида")).isEmpty();
        assertThat(zones.parse("   ")).isEmpty();
    }
}
