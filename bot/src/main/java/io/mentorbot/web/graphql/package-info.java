/**
 * The API as a GraphQL graph at {@code /graphql} (schema in {@code graphql/*.graphqls}): the same core calls as the
 * REST endpoints and the bot's screens. The catalogue is public; everything else needs a bearer access token, checked
 * per field by {@link io.mentorbot.web.graphql.Caller} with the roles of the REST API. Expected refusals of a mutation
 * are result types of a union; other failures are classified errors without stack traces.
 */
package io.mentorbot.web.graphql;
