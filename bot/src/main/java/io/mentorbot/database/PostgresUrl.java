package io.mentorbot.database;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** A JDBC URL with its credentials, parsed from either JDBC or libpq ("postgres://user:pass@host/db") form. */
record PostgresUrl(String jdbcUrl, String username, String password) {

    static PostgresUrl parse(String url, String username, String password) {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:")) {
            return new PostgresUrl(trimmed, blankToNull(username), blankToNull(password));
        }
        if (!trimmed.startsWith("postgres://") && !trimmed.startsWith("postgresql://")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with jdbc:postgresql://, postgres:// or postgresql://");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            // The message would quote the URL, password and all.
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL (characters such as @ : / # ? % "
                    + "in the user name or password must be percent-encoded)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            throw new IllegalArgumentException(authority.substring(authority.lastIndexOf('@') + 1).isEmpty()
                    ? "DATABASE_URL names no host: write postgres://user:password@host:5432/database"
                    : "DATABASE_URL's host cannot be read: use letters, digits, dots and hyphens (no underscores)");
        }
        String user = blankToNull(username);
        String pass = blankToNull(password);
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            pass = parts.length > 1 ? decode(parts[1]) : pass;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new PostgresUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, pass);
    }

    /**
     * Percent-decoding as RFC 3986 has it: only {@code %XX} means something, so a {@code +} stays a plus (form
     * decoding, URLDecoder's, would make it a space).
     */
    private static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                bytes.writeBytes(s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (c == '%') {
                int value = i + 2 < s.length() ? hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)) : -1;
                if (value < 0) {
                    throw new IllegalArgumentException("DATABASE_URL has a % that is not followed by two hex digits "
                            + "in its user name or password (write a % itself as %25)");
                }
                bytes.write(value);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit < 0 ? -1000 : digit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
