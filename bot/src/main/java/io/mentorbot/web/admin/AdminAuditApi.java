package io.mentorbot.web.admin;

import java.time.Instant;

import io.mentorbot.admin.AdminSearch;
import io.mentorbot.admin.AuditEntry;
import io.mentorbot.web.admin.AdminViews.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of admin actions, newest first, by acting admin and time. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AdminAuditApi {

    private final AdminSearch search;

    AdminAuditApi(AdminSearch search) {
        this.search = search;
    }

    /** An action; {@code adminId} is {@code null} for what the platform did by itself (a grant running out). */
    record Entry(long id, Long adminId, String action, String target, String before, String after, Instant at) {

        static Entry of(AuditEntry entry) {
            return new Entry(entry.id(), entry.adminId(), entry.action(), entry.target(), entry.before(),
                    entry.after(), entry.at());
        }
    }

    /** Entries recorded in [from, to) by the admin {@code actor} (users.id). */
    @GetMapping
    Page<Entry> audit(@RequestParam(required = false) Long actor,
                      @RequestParam(required = false) Instant from,
                      @RequestParam(required = false) Instant to,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        AdminSearch.AuditPage found = search.audit(actor, from, to, page, size);
        return new Page<>(found.entries().stream().map(Entry::of).toList(), page, size, found.total());
    }
}
