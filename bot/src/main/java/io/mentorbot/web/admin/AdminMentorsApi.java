package io.mentorbot.web.admin;

import io.mentorbot.admin.AdminSearch;
import io.mentorbot.admin.AdminSearch.MentorSort;
import io.mentorbot.mentors.MentorListing;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.admin.AdminViews.AdminMentor;
import io.mentorbot.web.admin.AdminViews.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin's mentors: a filtered, sorted page of profiles, and listing or unlisting one in the catalogue. */
@RestController
@RequestMapping("/api/v1/admin/mentors")
class AdminMentorsApi {

    private final AdminSearch search;
    private final MentorProfiles profiles;
    private final MentorListing listing;

    AdminMentorsApi(AdminSearch search, MentorProfiles profiles, MentorListing listing) {
        this.search = search;
        this.profiles = profiles;
        this.listing = listing;
    }

    /** {@code sort}: id, name, rating or created, {@code -} first for the reverse; by name by default. */
    @GetMapping
    Page<AdminMentor> mentors(@RequestParam(required = false) @Size(max = 100) String q,
                              @RequestParam(required = false) Boolean listed,
                              @RequestParam(defaultValue = "name") @Pattern(regexp = "-?(id|name|rating|created)") String sort,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sorting<MentorSort> order = Sorting.parse(sort, MentorSort.class);
        AdminSearch.IdPage found = search.mentors(q, listed, order.field(), order.descending(), page, size);
        return new Page<>(found.ids().stream().map(this::mentor).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    AdminMentor one(@PathVariable long id) {
        return mentor(id);
    }

    @PostMapping("/{id}/list")
    AdminMentor list(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        return listed(adminId, id, true);
    }

    @PostMapping("/{id}/unlist")
    AdminMentor unlist(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        return listed(adminId, id, false);
    }

    private AdminMentor listed(long adminId, long id, boolean listed) {
        mentor(id);
        switch (listing.change(adminId, id, listed)) {
            case CHANGED -> { }
            case ALREADY -> throw AdminRefusals.already();
            case NOT_A_MENTOR -> throw AdminRefusals.conflict("admin-not-a-mentor");
            case NO_PROFILE -> throw ApiException.notFound();
            case NOT_ADMIN -> throw AdminRefusals.forbidden();
        }
        return mentor(id);
    }

    private AdminMentor mentor(long id) {
        return profiles.find(id).map(AdminMentor::of).orElseThrow(ApiException::notFound);
    }
}
