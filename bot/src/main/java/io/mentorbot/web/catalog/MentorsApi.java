package io.mentorbot.web.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.calendarlink.BookableTimes;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.mentors.MentorSearch;
import io.mentorbot.mentors.MentorSummary;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.InvalidArgument;
import io.mentorbot.web.catalog.CatalogJson.FreeTime;
import io.mentorbot.web.catalog.CatalogJson.FreeTimes;
import io.mentorbot.web.catalog.CatalogJson.MentorCard;
import io.mentorbot.web.catalog.CatalogJson.MentorItem;
import io.mentorbot.web.catalog.CatalogJson.Page;
import io.mentorbot.web.catalog.CatalogJson.Price;
import io.mentorbot.web.catalog.CatalogJson.Rating;
import io.mentorbot.web.catalog.CatalogJson.ReviewItem;
import io.mentorbot.web.catalog.CatalogJson.Topic;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalogue: listed mentors (as the bot lists them: nearest bookable time first, then by rating), a
 * mentor's card and their free times. A mentor who is not listed, not a mentor or unknown is 404 {@code not-found}.
 */
@RestController
@RequestMapping("/api/v1/mentors")
class MentorsApi {

    static final int MAX_SIZE = 50;
    static final int MAX_PAGE = 10_000;
    static final int LATEST_REVIEWS = 5;
    static final Duration DEFAULT_RANGE = Duration.ofDays(30);
    static final Duration MAX_RANGE = Duration.ofDays(62);

    private final MentorSearch search;
    private final MentorProfiles profiles;
    private final ReviewDesk reviews;
    private final BookableTimes times;
    private final TopicsApi topics;
    private final Clock clock;

    MentorsApi(MentorSearch search, MentorProfiles profiles, ReviewDesk reviews, BookableTimes times,
               TopicsApi topics, Clock clock) {
        this.search = search;
        this.profiles = profiles;
        this.reviews = reviews;
        this.times = times;
        this.topics = topics;
        this.clock = clock;
    }

    /** {@code price}: {@code free} or {@code paid}; {@code q}: words in the name or headline. */
    @GetMapping
    Page<MentorItem> mentors(@RequestParam(required = false) String topic,
                             @RequestParam(required = false) @Size(max = 100) String q,
                             @RequestParam(required = false) @Pattern(regexp = "free|paid") String price,
                             @RequestParam(required = false) @DecimalMin("0") @DecimalMax("5") BigDecimal minRating,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size,
                             Locale locale) {
        String wanted = blankToNull(topic);
        if (wanted != null && !profiles.topics().contains(wanted)) {
            throw new InvalidArgument("topic", "problem.field.unknown-topic");
        }
        MentorSearch.Price prices = price == null ? MentorSearch.Price.ANY
                : "free".equals(price) ? MentorSearch.Price.FREE : MentorSearch.Price.PAID;
        MentorSearch.Found found = search.find(new MentorSearch.Query(wanted, blankToNull(q), prices, minRating,
                page, size));
        Map<Long, Instant> firstFree = new HashMap<>();
        found.mentors().forEach(m -> firstFree.put(m.mentorId(), m.nextFree()));
        Map<Long, Instant> next = times.nextFree(firstFree); // one statement for the page's calendar connections
        List<MentorItem> items = found.mentors().stream()
                .map(m -> item(m, next.get(m.mentorId()), locale)).toList();
        return new Page<>(items, page, size, found.total());
    }

    @GetMapping("/{id}")
    MentorCard card(@PathVariable long id, Locale locale) {
        MentorProfile mentor = profiles.findBookable(id).orElseThrow(ApiException::notFound);
        List<ReviewItem> latest = reviews.latest(id, 0, LATEST_REVIEWS).stream()
                .map(r -> new ReviewItem(r.stars(), r.comment(), r.createdAt(), r.reply())).toList();
        return new MentorCard(id, mentor.name(), mentor.headline(), mentor.bio(), topics(mentor.topics(), locale),
                new Rating(mentor.ratingAvg(), mentor.ratingCount()), Price.of(mentor.priceMinor(), mentor.currency()),
                mentor.sessionMinutes(), times.nextFree(id).orElse(null),
                CatalogJson.photo(id, mentor.photoFileId() != null), latest);
    }

    /** Free times starting in {@code [from, to)}: by default from now, for 30 days; at most 62 days at once. */
    @GetMapping("/{id}/slots")
    FreeTimes slots(@PathVariable long id, @RequestParam(required = false) Instant from,
                    @RequestParam(required = false) Instant to) {
        Instant start = from == null ? clock.instant() : from;
        Instant end = to == null ? start.plus(DEFAULT_RANGE) : to;
        if (!end.isAfter(start)) {
            throw new InvalidArgument("to", "problem.field.not-after-from");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidArgument("to", "problem.field.range-too-long");
        }
        if (profiles.findBookable(id).isEmpty()) {
            throw ApiException.notFound();
        }
        List<FreeTime> free = times.between(id, start, end).stream()
                .map(s -> new FreeTime(s.id(), s.startsAt(), s.endsAt())).toList();
        return new FreeTimes(id, start, end, free);
    }

    private MentorItem item(MentorSummary mentor, Instant nextFree, Locale locale) {
        return new MentorItem(mentor.mentorId(), mentor.name(), mentor.headline(), topics(mentor.topics(), locale),
                new Rating(mentor.ratingAvg(), mentor.ratingCount()), Price.of(mentor.priceMinor(), mentor.currency()),
                mentor.sessionMinutes(), nextFree,
                CatalogJson.photo(mentor.mentorId(), mentor.hasPhoto()));
    }

    private List<Topic> topics(List<String> codes, Locale locale) {
        return codes.stream().map(code -> new Topic(code, topics.name(code, locale))).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
