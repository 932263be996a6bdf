package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Validated access to the text columns of a batch. */
final class Inputs {
    private Inputs() {
    }

    /** @return the hypothesis of row {@code i} @throws InvalidInputException when the column or the value is missing */
    static String hypothesis(Columns c, int i) {
        String[] text = c.text();
        if (text == null) {
            throw new InvalidInputException("generation metrics need the text column (hypotheses)");
        }
        if (text[i] == null) {
            throw new InvalidInputException(String.format(Locale.ROOT, "column text: row %d is null", i));
        }
        return text[i];
    }

    /**
     * @return the non-null references of row {@code i} (a null entry is an absent reference, as sacreBLEU's None)
     * @throws InvalidInputException when the column is missing or the row has no reference
     */
    static List<String> references(Columns c, int i) {
        String[][] refs = c.references();
        if (refs == null) {
            throw new InvalidInputException("generation metrics need the references column");
        }
        List<String> out = new ArrayList<>(refs[i] == null ? 0 : refs[i].length);
        if (refs[i] != null) {
            for (String r : refs[i]) {
                if (r != null) {
                    out.add(r);
                }
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column references: row %d has no reference (at least one is needed)", i));
        }
        return out;
    }
}
