package io.mentorbot.web;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-caller rate limits and the body cap of the API, REST and GraphQL alike (one budget for both). Runs just inside the security filter chain, so a signed-in
 * caller is known: their budget is their account's, wherever they call from; an anonymous caller's is their client
 * address's (as the servlet container reports it: behind a proxy, configure forwarded headers). Over budget: 429
 * {@code rate-limited} with {@code Retry-After}. A body larger than {@code max-body} (by its declared length) is 413
 * {@code too-large}; multipart uploads keep their own limits. Requests the security chain refuses (no or a bad
 * token) are answered there and never reach this filter.
 */
class RateLimits extends OncePerRequestFilter {

    private final RateLimitsSettings settings;
    private final Problems problems;
    private final LongSupplier nanos;
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .executor(Runnable::run)
            .build();

    RateLimits(RateLimitsSettings settings, Problems problems, LongSupplier nanos) {
        this.settings = settings;
        this.problems = problems;
        this.nanos = nanos;
    }

    /** Forgets what every caller has spent: each starts again with a full budget. */
    void forgetAll() {
        buckets.invalidateAll();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (tooLarge(request)) {
            ApiSecurity.write(response, problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", request.getLocale()));
            return;
        }
        long wait = settings.enabled() ? take(request) : 0;
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            ApiSecurity.write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    request.getLocale(), wait));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        boolean multipart = type != null && MediaType.MULTIPART_FORM_DATA.includes(parse(type));
        return !multipart && request.getContentLengthLong() > settings.maxBody().toBytes();
    }

    private static MediaType parse(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (RuntimeException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** Seconds to wait before the caller may send again; 0: go ahead. */
    private long take(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = caller != null && caller.getPrincipal() instanceof Long;
        double perSecond = signedIn ? settings.perAccountPerSecond() : settings.perIpPerSecond();
        if (perSecond <= 0) {
            return 0;
        }
        int burst = Math.max(1, signedIn ? settings.perAccountBurst() : settings.perIpBurst());
        String key = signedIn ? "account:" + caller.getPrincipal() : "ip:" + request.getRemoteAddr();
        long now = nanos.getAsLong();
        return buckets.get(key, k -> new TokenBucket(perSecond, burst, now)).take(now);
    }
}
