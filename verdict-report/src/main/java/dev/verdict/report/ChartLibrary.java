package dev.verdict.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts, read from the {@code org.webjars.npm:echarts} jar on the class path, to be inlined into the page
 * (the report opens offline: nothing is fetched).
 */
final class ChartLibrary {
    private static final String POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static volatile String script;

    private ChartLibrary() {
    }

    /** @return the ECharts version on the class path */
    static String version() {
        try (InputStream in = ChartLibrary.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts WebJar (org.webjars.npm:echarts) is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return echarts.min.js, safe to place inside a script element */
    static String script() {
        String s = script;
        if (s == null) {
            String path = "/META-INF/resources/webjars/echarts/" + version() + "/dist/echarts.min.js";
            try (InputStream in = ChartLibrary.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + path + " in the ECharts WebJar");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            script = s;
        }
        return s;
    }
}
