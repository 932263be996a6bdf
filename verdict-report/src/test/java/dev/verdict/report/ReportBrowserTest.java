package dev.verdict.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens generated reports in headless Chromium (Debian's chromium and chromium-driver packages), checks that every
 * chart rendered and that the console has no error, and saves full-page screenshots to {@code target/}.
 *
 * <p>Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing, unless {@code VERDICT_REQUIRE_BROWSER=1}
 * (set by {@code .ci/run}), which turns the skip into a failure.
 */
final class ReportBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present && "1".equals(System.getenv("VERDICT_REQUIRE_BROWSER"))) {
            fail("VERDICT_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + DRIVER + " is missing: install Debian's "
                    + "chromium and chromium-driver packages (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "browser test skipped: " + CHROMIUM + " or " + DRIVER + " is missing "
                + "(apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("verdict-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void binaryReportRendersEveryChart() throws Exception {
        check("binary", Examples.builder("fraud").build());
    }

    @Test
    void binaryReportWithADecisionRendersEveryChartAndTheDecision() throws Exception {
        check("binary-decision", Examples.designBuilder("fraud").build());
        JavascriptExecutor js = driver;
        assertEquals("Decision", js.executeScript("return document.querySelector('#decision h2').textContent"));
        assertTrue(((Number) js.executeScript("return document.querySelectorAll('table.guardrails tbody tr').length"))
                .longValue() > 5, "guardrail checks are listed");
        assertTrue((Boolean) js.executeScript("return document.body.textContent.includes('risk-ml')"), "owner shown");
    }

    @Test
    void regressionReportWithLatencyRendersEveryChart() throws Exception {
        check("regression", Examples.builder("delivery").distribution("Latency", "ms", Examples.latency(5000, 3))
                .build());
    }

    private static void check(String name, ReportModel model) throws Exception {
        Path dir = Path.of("target", "browser-report-" + name);
        Path html = ReportWriter.write(model, dir).toAbsolutePath();
        driver.get(html.toUri().toString());
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) js.executeScript(
                "var els = document.querySelectorAll('div.chart'); var out = {total: els.length, drawn: 0, "
                        + "missing: []};"
                        + "els.forEach(function (el) { var c = window.echarts && echarts.getInstanceByDom(el);"
                        + "  var ok = c && el.querySelector('svg, canvas') && el.querySelector('svg path, canvas');"
                        + "  if (ok) { out.drawn++; } else { out.missing.push(el.id); } });"
                        + "out.rendered = document.body.getAttribute('data-charts-rendered'); return out;");
        long total = ((Number) state.get("total")).longValue();
        assertTrue(total >= 5, name + ": charts on the page: " + total);
        assertEquals(total, ((Number) state.get("drawn")).longValue(), name + ": charts not drawn: "
                + state.get("missing"));
        assertEquals(String.valueOf(total), state.get("rendered"), name + ": init script count");
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(e.getMessage());
            }
        }
        assertTrue(severe.isEmpty(), name + ": console errors: " + severe);
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 16000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "report-" + name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "screenshot saved to " + target);
    }
}
