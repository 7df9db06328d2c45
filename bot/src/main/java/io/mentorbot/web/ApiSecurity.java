package io.mentorbot.web;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.identity.SigningKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what under {@code /api}: sign-in and the public catalogue for anyone; the rest with a bearer access
 * token, the roles {@code STUDENT < MENTOR < ADMIN} read from the account on every request ({@link ApiAccounts}), so
 * a blocked account or a lapsed admin grant counts at once, not when the token runs out. Stateless: no session, no
 * cookie, hence no CSRF token. Every refusal is problem+json. {@code /graphql} goes through the same chain. Other
 * paths are not touched here.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiAccounts accounts, Problems problems) throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        http.securityMatcher("/api/**", "/graphql")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/auth/*/start", "/api/v1/auth/*/callback").permitAll()
                        // open, the token still read when sent: each field checks its caller (web.graphql.Caller)
                        .requestMatchers("/graphql").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/topics", "/api/v1/mentors", "/api/v1/mentors/**")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/me/mentor-profile/**", "/api/v1/me/slots/**", "/api/v1/me/clients/**",
                                "/api/v1/sessions/**").hasRole("MENTOR")
                        .requestMatchers("/api/v1/**").hasRole("STUDENT")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(accounts))
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure); // the WWW-Authenticate header
                            write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", request.getLocale()));
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                write(response, forbidden(request, problems))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure);
                            write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", request.getLocale()));
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                write(response, forbidden(request, problems))));
        return http.build();
    }

    /** A blocked account is told so; anyone else lacks the role. */
    private static ProblemDetail forbidden(HttpServletRequest request, Problems problems) {
        boolean blocked = ApiAccounts.isBlocked(request);
        return problems.of(HttpStatus.FORBIDDEN, blocked ? "account-blocked" : "forbidden", request.getLocale());
    }

    @Bean
    RoleHierarchy apiRoleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("MENTOR")
                .role("MENTOR").implies("STUDENT")
                .build();
    }

    /** Tokens this platform signed, unexpired by its own clock. */
    @Bean
    JwtDecoder apiJwtDecoder(SigningKey key, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(java.time.Duration.ofSeconds(30));
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(timestamps,
                new JwtIssuerValidator(io.mentorbot.identity.SignIn.ISSUER))));
        return decoder;
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        JSON.writeValue(response.getWriter(), body);
    }
}
