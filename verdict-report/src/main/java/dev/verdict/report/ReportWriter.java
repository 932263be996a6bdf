package dev.verdict.report;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.JsonReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code report.html}, {@code report.md} and {@code results.json} (the {@code --json} format) to a folder. */
public final class ReportWriter {
    /** The HTML report's file name. */
    public static final String HTML = "report.html";
    /** The Markdown summary's file name. */
    public static final String MARKDOWN = "report.md";
    /** The results' file name. */
    public static final String JSON = "results.json";

    private ReportWriter() {
    }

    /**
     * Creates {@code dir} (and its parents) when needed and writes the three files.
     *
     * @return the HTML report's path
     * @throws InvalidInputException when the folder cannot be created or written
     */
    public static Path write(ReportModel model, Path dir) {
        return write(model, dir, java.util.Map.of());
    }

    /**
     * Like {@link #write(ReportModel, Path)}; {@code results.json} also carries {@code extra} top-level sections
     * (the plan's design, decision and slice gaps).
     *
     * @return the HTML report's path
     */
    public static Path write(ReportModel model, Path dir, java.util.Map<String, Object> extra) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create the report folder " + dir + ": " + e.getMessage(), e);
        }
        Path html = dir.resolve(HTML);
        write(html, HtmlRenderer.render(model));
        write(dir.resolve(MARKDOWN), MarkdownRenderer.render(model));
        JsonReportWriter.write(model.source(), dir.resolve(JSON), extra);
        return html;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
