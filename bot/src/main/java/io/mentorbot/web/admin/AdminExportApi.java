package io.mentorbot.web.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.CsvExport;
import io.mentorbot.web.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bot's {@code /export} as downloads: the same core exports (CSV, UTF-8 with a byte order mark, each recorded in
 * the audit log), as {@code text/csv} attachments with a file name.
 */
@RestController
@RequestMapping("/api/v1/admin/export")
class AdminExportApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CsvExport export;
    private final AccountDesk accounts;
    private final Clock clock;

    AdminExportApi(CsvExport export, AccountDesk accounts, Clock clock) {
        this.export = export;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/users.csv")
    ResponseEntity<byte[]> users(@AuthenticationPrincipal Long adminId) {
        return file("users.csv", export.users(adminId));
    }

    /**
     * Bookings whose session starts between the two days (inclusive, in the admin's time zone); by default the next
     * 30 days, as the bot's {@code /export bookings}.
     */
    @GetMapping("/bookings.csv")
    ResponseEntity<byte[]> bookings(@AuthenticationPrincipal Long adminId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ZoneId zone = accounts.find(adminId).orElseThrow().zone();
        LocalDate first = from != null ? from : LocalDate.now(clock.withZone(zone));
        LocalDate last = to != null ? to : first.plusDays(29);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= CsvExport.MAX_DAYS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "export-range", CsvExport.MAX_DAYS);
        }
        return file("bookings-" + first + "-" + last + ".csv", export.bookings(adminId, first, last, zone));
    }

    private static ResponseEntity<byte[]> file(String name, byte[] csv) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv);
    }
}
