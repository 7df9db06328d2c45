package io.mentorbot.web.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.calendarlink.BookableTimes;
import io.mentorbot.mentors.MentorDirectory;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.mentors.MentorSearch;
import io.mentorbot.mentors.MentorSummary;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.web.InvalidArgument;
import io.mentorbot.web.graphql.GraphTypes.FreeTime;
import io.mentorbot.web.graphql.GraphTypes.Mentor;
import io.mentorbot.web.graphql.GraphTypes.MentorConnection;
import io.mentorbot.web.graphql.GraphTypes.MentorEdge;
import io.mentorbot.web.graphql.GraphTypes.Money;
import io.mentorbot.web.graphql.GraphTypes.PageInfo;
import io.mentorbot.web.graphql.GraphTypes.Rating;
import io.mentorbot.web.graphql.GraphTypes.Review;
import io.mentorbot.web.graphql.GraphTypes.Topic;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The public catalogue as the REST API serves it, through the same core queries: topics, listed mentors (a page is
 * the search's statements; the next bookable times of a page are resolved in one batch), a mentor's card with its
 * reviews and free times.
 */
@Controller
class CatalogGraph {

    static final int MAX_FIRST = 50;
    static final int MAX_OFFSET = 10_000;
    static final int MAX_REVIEWS = 20;
    static final Duration DEFAULT_RANGE = Duration.ofDays(30);
    static final Duration MAX_RANGE = Duration.ofDays(62);

    private final MentorSearch search;
    private final MentorDirectory directory;
    private final MentorProfiles profiles;
    private final ReviewDesk reviews;
    private final BookableTimes times;
    private final MessageSource messages;
    private final Clock clock;

    CatalogGraph(MentorSearch search, MentorDirectory directory, MentorProfiles profiles, ReviewDesk reviews,
                 BookableTimes times, MessageSource messages, Clock clock) {
        this.search = search;
        this.directory = directory;
        this.profiles = profiles;
        this.reviews = reviews;
        this.times = times;
        this.messages = messages;
        this.clock = clock;
    }

    @QueryMapping
    List<Topic> topics(Locale locale) {
        MentorDirectory.TopicCounts counts = directory.topicCounts();
        return profiles.topics().stream().map(code -> new Topic(code, name(code, locale), counts.of(code))).toList();
    }

    /** {@code after}: the cursor of the last mentor seen; the next {@code first} (1 to 50) follow it. */
    @QueryMapping
    MentorConnection mentors(@Argument String topic, @Argument String q, @Argument int first,
                             @Argument String after) {
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgument("first", "problem.field.graphql-first");
        }
        String wanted = blankToNull(topic);
        if (wanted != null && !profiles.topics().contains(wanted)) {
            throw new InvalidArgument("topic", "problem.field.unknown-topic");
        }
        String text = blankToNull(q);
        if (text != null && text.length() > 100) {
            throw new InvalidArgument("q", "problem.field.graphql-q");
        }
        int offset = after == null ? 0 : Cursors.offset(after) + 1;
        // the search pages by page and size: read the page the cursor starts in, or from the top when it falls between
        boolean aligned = offset % first == 0;
        MentorSearch.Found found = search.find(new MentorSearch.Query(wanted, text, MentorSearch.Price.ANY, null,
                aligned ? offset / first : 0, aligned ? first : offset + first));
        List<MentorSummary> page = aligned ? found.mentors()
                : found.mentors().subList(Math.min(offset, found.mentors().size()), found.mentors().size());
        List<MentorEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            edges.add(new MentorEdge(Cursors.of(offset + i), mentor(page.get(i))));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new MentorConnection(edges, new PageInfo(offset + edges.size() < found.total(), end), found.total());
    }

    @SchemaMapping(typeName = "TopicName", field = "mentors")
    MentorConnection mentorsOf(GraphTypes.TopicName topic, @Argument int first, @Argument String after) {
        return mentors(topic.code(), null, first, after);
    }

    @QueryMapping
    Mentor mentor(@Argument long id) {
        return profiles.findBookable(id).map(this::mentor).orElse(null);
    }

    /**
     * The next bookable times of a page of mentors, in one go: the page already holds each next free slot, and one
     * statement tells which of them have a Google Calendar that may hide it; only those are asked one by one.
     */
    @BatchMapping(typeName = "Mentor")
    Map<Mentor, Instant> nextFree(List<Mentor> mentors) {
        Map<Long, Instant> firstFree = new HashMap<>();
        mentors.forEach(mentor -> firstFree.put(mentor.id(), mentor.firstFree()));
        Map<Long, Instant> byId = times.nextFree(firstFree);
        Map<Mentor, Instant> next = new HashMap<>();
        mentors.forEach(mentor -> {
            Instant start = byId.get(mentor.id());
            if (start != null) {
                next.put(mentor, start);
            }
        });
        return next;
    }

    @SchemaMapping(typeName = "Mentor")
    List<GraphTypes.TopicName> topics(Mentor mentor, Locale locale) {
        return mentor.topicCodes().stream().map(code -> new GraphTypes.TopicName(code, name(code, locale))).toList();
    }

    @SchemaMapping(typeName = "Mentor")
    List<Review> reviews(Mentor mentor, @Argument int first) {
        if (first < 1 || first > MAX_REVIEWS) {
            throw new InvalidArgument("first", "problem.field.graphql-first");
        }
        return reviews.latest(mentor.id(), 0, first).stream()
                .map(r -> new Review(r.stars(), r.comment(), r.createdAt(), r.reply())).toList();
    }

    /** Free times starting in {@code [from, to)}: by default from now for 30 days; at most 62 days at once. */
    @SchemaMapping(typeName = "Mentor")
    List<FreeTime> slots(Mentor mentor, @Argument Instant from, @Argument Instant to) {
        Instant start = from == null ? clock.instant() : from;
        Instant end = to == null ? start.plus(DEFAULT_RANGE) : to;
        if (!end.isAfter(start)) {
            throw new InvalidArgument("to", "problem.field.not-after-from");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidArgument("to", "problem.field.range-too-long");
        }
        return times.between(mentor.id(), start, end).stream()
                .map(s -> new FreeTime(s.id(), s.startsAt(), s.endsAt())).toList();
    }

    private Mentor mentor(MentorSummary m) {
        return new Mentor(m.mentorId(), m.name(), m.headline(), null, m.topics(), Money.of(m.priceMinor(),
                m.currency()), m.sessionMinutes(), new Rating(m.ratingAvg(), m.ratingCount()), m.nextFree(),
                photo(m.mentorId(), m.hasPhoto()));
    }

    private Mentor mentor(MentorProfile m) {
        return new Mentor(m.mentorId(), m.name(), m.headline(), m.bio(), m.topics(), Money.of(m.priceMinor(),
                m.currency()), m.sessionMinutes(), new Rating(m.ratingAvg(), m.ratingCount()),
                times.nextFree(m.mentorId()).orElse(null), photo(m.mentorId(), m.photoFileId() != null));
    }

    private String name(String code, Locale locale) {
        return messages.getMessage("topic." + code, null, code, locale);
    }

    private static String photo(long mentorId, boolean hasPhoto) {
        return hasPhoto ? "/api/v1/mentors/" + mentorId + "/photo" : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Opaque cursors: a position in the list, base64url-encoded. */
    static final class Cursors {

        private Cursors() {
        }

        static String of(int offset) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("mentor:" + offset).getBytes(StandardCharsets.US_ASCII));
        }

        static int offset(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
                int offset = Integer.parseInt(text.substring(text.indexOf(':') + 1));
                if (!text.startsWith("mentor:") || offset < 0 || offset >= MAX_OFFSET) {
                    throw new InvalidArgument("after", "problem.field.graphql-cursor");
                }
                return offset;
            } catch (IllegalArgumentException | IndexOutOfBoundsException bad) {
                throw new InvalidArgument("after", "problem.field.graphql-cursor");
            }
        }
    }
}
