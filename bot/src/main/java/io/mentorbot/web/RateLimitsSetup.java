package io.mentorbot.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link RateLimits} on {@code /api/*} and {@code /graphql}, right after the security filter chain has named the caller. */
@Configuration(proxyBeanMethods = false)
class RateLimitsSetup {

    @Bean
    FilterRegistrationBean<RateLimits> apiRateLimits(RateLimitsSettings settings, Problems problems) {
        // A monotonic clock, not the application's: budgets must refill whatever time the platform is told it is.
        FilterRegistrationBean<RateLimits> registration =
                new FilterRegistrationBean<>(new RateLimits(settings, problems, System::nanoTime));
        registration.addUrlPatterns("/api/*", "/graphql");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
