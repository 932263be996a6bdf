package dev.verdict.io;

import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns DuckDB's invalid-UTF-8 errors (CSV: "Invalid unicode (byte sequence mismatch)", JSON: "invalid UTF-8
 * encoding") into a message naming the file, the line and the offending byte, found by scanning the file once.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /** @return the message for an invalid-UTF-8 failure, or null when {@code e} is about something else */
    static InvalidInputException firstInvalidLine(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (!m.contains("invalid unicode") && !m.contains("invalid utf-8") && !m.contains("invalid utf8")) {
            return null;
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long line = 1;
            long column = 1;
            int b;
            while ((b = in.read()) >= 0) {
                int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                        : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                boolean ok = extra >= 0;
                for (int k = 0; ok && k < extra; k++) {
                    in.mark(1);
                    int c = in.read();
                    ok = c >= 0x80 && c <= 0xBF;
                    if (!ok) {
                        in.reset();
                    }
                }
                if (!ok) {
                    return new InvalidInputException(String.format(Locale.ROOT, "%s line %d: the text is not valid "
                            + "UTF-8 (byte 0x%02X at byte %d of the line); save the file as UTF-8", file, line, b,
                            column));
                }
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    column += 1 + extra;
                }
            }
        } catch (IOException io) {
            return null;
        }
        return new InvalidInputException(file + ": the text is not valid UTF-8 (" + Problems.reason(e) + ")");
    }
}
