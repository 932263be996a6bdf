package dev.verdict.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Verdict version, filtered into {@code version.properties} by Maven at build time. */
public final class VerdictVersion {
    private static final String VERSION = load();

    private VerdictVersion() {
    }

    /** @return the version, e.g. {@code 0.1.0} */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = VerdictVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
