/** Where the data lives: PostgreSQL from DATABASE_URL, or an embedded one kept under ./data. */
package io.mentorbot.database;
