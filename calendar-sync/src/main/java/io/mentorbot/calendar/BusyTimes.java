package io.mentorbot.calendar;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Busy times from a mentor's primary Google Calendar, so slots that clash with private appointments can be hidden.
 * Google's calendar is advice, not the truth about slots: a mentor without a working connection, or a Google that
 * does not answer, yields "nothing busy" rather than an error (the failure is logged).
 */
public class BusyTimes {

    private static final Logger log = LoggerFactory.getLogger(BusyTimes.class);

    /** The last window asked for per owner; one entry per mentor keeps memory bounded. */
    private record Window(Instant from, Instant to, List<Interval> busy, Instant fetchedAt) {

        boolean covers(Instant start, Instant end) {
            return !from.isAfter(start) && !to.isBefore(end);
        }
    }

    private final AccessTokens tokens;
    private final CalendarClients clients;
    private final CalendarSettings settings;
    private final Clock clock;
    private final Map<Long, Window> cache = new ConcurrentHashMap<>();

    BusyTimes(AccessTokens tokens, CalendarClients clients, CalendarSettings settings, Clock clock) {
        this.tokens = tokens;
        this.clients = clients;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Busy intervals overlapping {@code [from, to)}, reused for {@code busy-cache-ttl} when an earlier call covered
     * the same window. Empty when the mentor is not connected (also remembered for that long).
     */
    public List<Interval> busy(long ownerId, Instant from, Instant to) {
        Instant now = clock.instant();
        Window window = cache.get(ownerId);
        if (window == null || !window.covers(from, to) || !window.fetchedAt().plus(settings.busyCacheTtl()).isAfter(now)) {
            Optional<List<Interval>> fetched = query(ownerId, from, to);
            if (fetched.isEmpty()) {
                return List.of();
            }
            window = new Window(from, to, fetched.get(), now);
            cache.put(ownerId, window);
        }
        return window.busy().stream().filter(interval -> interval.overlaps(from, to)).toList();
    }

    /**
     * Asks Google now, bypassing the cache: for the moment of booking. True when nothing in the calendar overlaps
     * {@code [from, to)}, and also when there is no working connection or Google does not answer.
     */
    public boolean isFree(long ownerId, Instant from, Instant to) {
        return query(ownerId, from, to)
                .map(busy -> busy.stream().noneMatch(interval -> interval.overlaps(from, to)))
                .orElse(true);
    }

    /**
     * Which of the owners have a calendar connection, asked in one statement for a whole page of mentors: the others
     * have nothing busy, so a list need not ask about them one by one. Owners known to have no connection (remembered
     * for {@code busy-cache-ttl}, as {@link #busy} remembers them) are not asked about again; those the statement
     * finds without one are remembered alike, so a page whose mentors are all known sends no statement.
     */
    public Set<Long> connectedAmong(Collection<Long> ownerIds) {
        Instant now = clock.instant();
        Set<Long> unknown = new HashSet<>();
        for (Long ownerId : ownerIds) {
            Window window = cache.get(ownerId);
            if (window == null || !window.from().equals(Instant.MIN) || !window.busy().isEmpty()
                    || !window.fetchedAt().plus(settings.busyCacheTtl()).isAfter(now)) {
                unknown.add(ownerId);
            }
        }
        if (unknown.isEmpty()) {
            return Set.of();
        }
        Set<Long> connected = tokens.connectedAmong(unknown);
        for (Long ownerId : unknown) {
            if (!connected.contains(ownerId)) {
                cache.put(ownerId, new Window(Instant.MIN, Instant.MAX, List.of(), now));
            }
        }
        return connected;
    }

    void forget(long ownerId) {
        cache.remove(ownerId);
    }

    private Optional<List<Interval>> query(long ownerId, Instant from, Instant to) {
        try {
            FreeBusyRequest request = new FreeBusyRequest()
                    .setTimeMin(new DateTime(false, from.toEpochMilli(), 0))
                    .setTimeMax(new DateTime(false, to.toEpochMilli(), 0))
                    .setItems(List.of(new FreeBusyRequestItem().setId("primary")));
            FreeBusyResponse response = clients.forToken(tokens.forOwner(ownerId)).freebusy().query(request).execute();
            FreeBusyCalendar primary = response.getCalendars() == null ? null : response.getCalendars().get("primary");
            if (primary == null || (primary.getErrors() != null && !primary.getErrors().isEmpty())) {
                log.warn("Free/busy of owner {} came back without the primary calendar: {}", ownerId,
                        primary == null ? "missing" : primary.getErrors());
                return Optional.empty();
            }
            return Optional.of(primary.getBusy() == null ? List.of() : primary.getBusy().stream()
                    .filter(period -> period.getEnd().getValue() > period.getStart().getValue())
                    .map(period -> new Interval(Instant.ofEpochMilli(period.getStart().getValue()),
                            Instant.ofEpochMilli(period.getEnd().getValue())))
                    .toList());
        } catch (ConnectionUnavailable e) {
            // Remembered like busy times: most mentors never connect, and every screen of their days asked again.
            // Connecting on this instance forgets it at once; elsewhere it lasts busy-cache-ttl, and the check at
            // the moment of booking always asks.
            cache.put(ownerId, new Window(Instant.MIN, Instant.MAX, List.of(), clock.instant()));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (GoogleFailures.hasStatus(e, 401)) {
                tokens.forget(ownerId);
            }
            log.warn("Free/busy of owner {} failed: {}", ownerId, GoogleFailures.describe(e));
            return Optional.empty();
        }
    }
}
