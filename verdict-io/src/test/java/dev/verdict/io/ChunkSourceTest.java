package dev.verdict.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

final class ChunkSourceTest {
    private static final String DATA = "(SELECT i, CASE WHEN i % 11 = 0 THEN NULL ELSE i * 0.5 END AS d,"
            + " CASE WHEN i % 13 = 0 THEN NULL ELSE i % 3 END AS l, i % 2 = 0 AS b,"
            + " CASE WHEN i % 17 = 0 THEN NULL ELSE 'v' || (i % 5) END AS t, 1.5 AS k, 'c' AS ct, 7 AS ck"
            + " FROM range(5000) r(i))";

    @Test
    void bulkCopyFromDuckDbVectorsIsAvailableForThePinnedDriver() {
        assertTrue(ChunkSource.DuckDbVectors.AVAILABLE,
                "DuckDB JDBC internals changed: the reader fell back to the slower row-by-row getters");
    }

    @Test
    void bulkAndPortableSourcesDeliverTheSameTable() throws Exception {
        List<ColumnRequest> cols = List.of(new ColumnRequest("d", ColumnType.NUMBER, "r.d"),
                new ColumnRequest("l", ColumnType.CATEGORY, "r.l"), new ColumnRequest("b", ColumnType.CATEGORY, "r.b"),
                new ColumnRequest("t", ColumnType.CATEGORY, "r.t"), new ColumnRequest("d", ColumnType.CATEGORY, "r.d2"),
                new ColumnRequest("k", ColumnType.NUMBER, "r.k"), new ColumnRequest("ct", ColumnType.CATEGORY, "r.ct"),
                new ColumnRequest("ck", ColumnType.CATEGORY, "r.ck"));
        List<String> types = List.of("DOUBLE", "BIGINT", "BOOLEAN", "VARCHAR", "DOUBLE", "DECIMAL(2,1)", "VARCHAR",
                "INTEGER");
        DataTable bulk = read(cols, types, ChunkSource::of);
        DataTable portable = read(cols, types, ChunkSource.Portable::new);
        assertEquals(5000 - bulk.dropped(), bulk.rows());
        assertEquals(bulk.rows(), portable.rows());
        assertEquals(bulk.dropped(), portable.dropped());
        assertArrayEquals(bulk.numbers("d"), portable.numbers("d"));
        for (String c : new String[] {"l", "b", "t", "d"}) {
            assertArrayEquals(bulk.codes(c), portable.codes(c), c);
            assertEquals(bulk.dictionary(c), portable.dictionary(c), c);
        }
        for (int i = 0; i < bulk.rows(); i++) {
            assertEquals(bulk.sourceRow(i), portable.sourceRow(i));
        }
        long expectDropped = 0;
        for (int i = 0; i < 5000; i++) {
            if (i % 11 == 0 || i % 13 == 0 || i % 17 == 0) {
                expectDropped++;
            }
        }
        assertEquals(expectDropped, bulk.dropped());
        assertEquals(List.of("false", "true"), bulk.dictionary("b"), "i = 0 is dropped, i = 1 comes first");
        assertEquals(0.5, bulk.numbers("d")[0]);
        for (double k : bulk.numbers("k")) {
            assertEquals(1.5, k, "constant column");
        }
        assertEquals(List.of("c"), bulk.dictionary("ct"));
        assertEquals(List.of("7"), bulk.dictionary("ck"));
        assertArrayEquals(portable.numbers("k"), bulk.numbers("k"));
        assertEquals(2L, bulk.sourceRow(0));
    }

    private static DataTable read(List<ColumnRequest> cols, List<String> types,
            BiFunction<ResultSet, Integer, ChunkSource> factory) throws Exception {
        List<ColumnPlan> plans = new java.util.ArrayList<>();
        for (int k = 0; k < cols.size(); k++) {
            plans.add(new ColumnPlan(cols.get(k), types.get(k)));
        }
        String sql = DataReader.selectSql(plans, DATA);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            TableScanner scanner = new TableScanner(Path.of("range"), plans, MissingPolicy.DROP);
            return scanner.scan(factory.apply(rs, scanner.resultColumns()));
        }
    }
}
