package dev.verdict.evaluation;

import dev.verdict.core.InvalidInputException;
import dev.verdict.io.DataTable;
import java.util.List;
import java.util.Locale;

/** Names data cells in error messages: file, column with its plan role, 1-based file row and the row id if any. */
final class RowRef {
    private final DataTable table;
    private final ColumnPlan columns;
    private final String idColumn;

    RowRef(DataTable table, ColumnPlan columns, String idColumn) {
        this.table = table;
        this.columns = columns;
        this.idColumn = idColumn;
    }

    DataTable table() {
        return table;
    }

    /** @return {@code <file>: column "c" (data.role)}, the reader's format */
    String column(String column) {
        return String.format(Locale.ROOT, "%s: column \"%s\" (%s)", table.file(), column, columns.role(column));
    }

    /** @return {@code row 17} or {@code row 17 (id T-17)} for kept row {@code i} */
    String row(int i) {
        String s = "row " + table.sourceRow(i);
        if (idColumn != null) {
            int code = table.codes(idColumn)[i];
            s += " (" + idColumn + " " + table.dictionary(idColumn).get(code) + ")";
        }
        return s;
    }

    /** @return an error at a cell: {@code <file>: column "c" (role), row r: <what>} */
    InvalidInputException at(String column, int i, String what) {
        return new InvalidInputException(column(column) + ", " + row(i) + ": " + what);
    }

    /** @return the first kept row whose code is {@code code} */
    static int firstRow(int[] codes, int code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) {
                return i;
            }
        }
        return -1;
    }

    /** @return the quoted values, e.g. {@code ['a', 'b']} */
    static String quoted(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "'" : ", '").append(values.get(i)).append('\'');
        }
        return sb.append(']').toString();
    }
}
