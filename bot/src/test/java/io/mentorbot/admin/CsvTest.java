package io.mentorbot.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
        byte[] bytes = new Csv(List.of("a", "b")).row(List.of("Smith, John", "say \"hi\"\nbye")).bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("a,b\r\n\"Smith, John\",\"say \"\"hi\"\"\nbye\"\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("-12.50")).isEqualTo("-12.50");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void textStartingWithATabOrACarriageReturnIsDefusedToo() {
        assertThat(Csv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.field("\r=cmd|' /C calc'!A0")).isEqualTo("\"'\r=cmd|' /C calc'!A0\"");
        assertThat(Csv.field("a\tb")).isEqualTo("a\tb");
    }

    @Test
    void grantLengthsAreMinutesHoursOrDaysUpToNinetyDays() {
        assertThat(GrantLength.parse("30m")).contains(Duration.ofMinutes(30));
        assertThat(GrantLength.parse("24h")).contains(Duration.ofHours(24));
        assertThat(GrantLength.parse("7D")).contains(Duration.ofDays(7));
        assertThat(GrantLength.parse("91d")).isEmpty();
        assertThat(GrantLength.parse("0h")).isEmpty();
        assertThat(GrantLength.parse("forever")).isEmpty();
    }
}
