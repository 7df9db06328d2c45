package io.mentorbot.web.admin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot's {@code /export} as downloads: the same CSV files, named, and each export audited. */
class AdminExportApiTest extends AdminApiFixtures {

    @Test
    void theUsersExportIsACsvAttachmentAndIsAudited() {
        student("Anna", "anna_k");

        HttpResponse<String> csv = download("/api/v1/admin/export/users.csv", admin);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"users.csv\"");
        assertThat(csv.body()).contains("id,telegram_id,name,username,language,roles,created_utc")
                .contains("Anna,anna_k,en,student");
        assertThat(audited("export-users")).isOne();
    }

    @Test
    void theBookingsExportCoversTheDaysAskedForByDefaultTheNextThirty() {
        long taras = mentor("Taras", true);
        booked(student("Olena", null), slot(taras, Duration.ofDays(2), "FREE"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Kyiv"));

        HttpResponse<String> next30 = download("/api/v1/admin/export/bookings.csv", admin);
        HttpResponse<String> past = download("/api/v1/admin/export/bookings.csv?from=" + today.minusDays(10)
                + "&to=" + today.minusDays(1), admin);

        assertThat(next30.statusCode()).isEqualTo(200);
        assertThat(next30.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=\"bookings-");
        assertThat(next30.body().lines().count()).isEqualTo(2);
        assertThat(next30.body()).contains("Taras,Olena,CONFIRMED");
        assertThat(past.body().lines().count()).isEqualTo(1);
        assertThat(audited("export-bookings")).isEqualTo(2);
    }

    @Test
    void aBackwardOrTooLongRangeOrANonDateIsABadRequest() {
        HttpResponse<String> backward = download("/api/v1/admin/export/bookings.csv?from=2027-03-10&to=2027-03-01", admin);
        HttpResponse<String> tooLong = download("/api/v1/admin/export/bookings.csv?from=2027-01-01&to=2028-03-01", admin);
        HttpResponse<String> notADate = download("/api/v1/admin/export/bookings.csv?from=soon", admin);

        assertThat(backward.statusCode()).isEqualTo(400);
        assertThat(backward.body()).contains("/problems/export-range");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(notADate.body()).contains("\"field\":\"from\"");
        assertThat(audited("export-bookings")).isZero();
    }
}
