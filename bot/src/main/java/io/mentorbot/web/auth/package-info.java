/**
 * Google and GitHub sign-in for a browser, and linking them to an account: the HTTP side of
 * {@link io.mentorbot.identity.ExternalSignIn}. The browser is sent to the provider and comes back to the callback,
 * which hands the web app a one-time code in the redirect's fragment (never a token in a query string); the web app
 * exchanges it for the token pair.
 */
package io.mentorbot.web.auth;
