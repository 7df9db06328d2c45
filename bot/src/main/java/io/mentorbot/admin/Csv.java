package io.mentorbot.admin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as RFC 4180 has it: fields with commas, quotes or line breaks are quoted, quotes doubled, lines end
 * with CRLF. UTF-8 with a byte order mark, so spreadsheets open Cyrillic names right.
 */
final class Csv {

    /** First characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // A cell starting with = + - @ is run as a formula by spreadsheets, and so is one starting with a tab or a
        // carriage return (some skip those, then read a formula): such text is quoted with a '.
        if (!s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
