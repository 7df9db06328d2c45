/**
 * Sign-in for the web front end: proofs of a Telegram identity (a Mini App's init data, the Login Widget), access
 * tokens (JWTs signed with the platform's key) and refresh tokens (opaque, stored as hashes, rotated in families
 * with reuse detection). The account behind every way in is the one the bot knows.
 */
package io.mentorbot.identity;
