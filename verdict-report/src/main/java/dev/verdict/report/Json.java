package dev.verdict.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.evaluation.JsonReportWriter;

/** JSON for chart options: non-finite numbers become null (ECharts leaves such points out). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** @return compact JSON, safe inside an HTML script element */
    static String forScript(Object value) {
        try {
            return MAPPER.writeValueAsString(JsonReportWriter.sanitize(value)).replace("</", "<\\/")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise chart options", e);
        }
    }
}
