/**
 * The web adapter: the public API under {@code /api/v1} (JSON, errors as {@code application/problem+json}) over the
 * same domain services as the bot. Like {@code telegram}, it only translates requests and renders answers.
 *
 * <p>House rules for an endpoint: the caller's account id is the principal ({@code @AuthenticationPrincipal Long
 * accountId}); who may call a path is set in {@link io.mentorbot.web.ApiSecurity}, and the core checks ownership
 * again. An expected refusal is thrown as {@link io.mentorbot.web.ApiException} naming its problem, whose title and
 * detail are texts {@code problem.<name>.title} / {@code .detail} in both languages; request bodies are records with
 * Bean Validation constraints ({@code @Valid}), and {@link io.mentorbot.web.ApiErrors} answers every failure as
 * problem+json.
 */
package io.mentorbot.web;
