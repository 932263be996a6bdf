package dev.verdict.io;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Delivers the scan result in chunks of columns. With DuckDB's JDBC driver (version 1.1.3) the chunks DuckDB hands to
 * Java are copied in bulk from the driver's vectors, avoiding one synchronized getter call per cell; if the driver's
 * internals differ (another version), the portable JDBC getters fill the same chunks row by row.
 */
abstract class ChunkSource {
    /** Rows per chunk of the portable path (DuckDB's vector size). */
    static final int CHUNK = 2048;

    /** @return the number of rows in the next chunk, 0 at the end */
    abstract int next() throws SQLException;

    /** Copies DOUBLE result column {@code col} (1-based) of the chunk, NULL as NaN. */
    abstract void doubles(int col, double[] dst) throws SQLException;

    /** Copies BIGINT ({@code bool == false}) or BOOLEAN (as 0/1) result column {@code col}; nulls[i] marks NULL. */
    abstract void longs(int col, boolean bool, long[] dst, boolean[] nulls) throws SQLException;

    /** Copies VARCHAR result column {@code col}, NULL as null. */
    abstract void strings(int col, String[] dst) throws SQLException;

    /** @return the fastest source for {@code rs} */
    static ChunkSource of(ResultSet rs, int columns) {
        return DuckDbVectors.AVAILABLE && rs.getClass().getName().equals("org.duckdb.DuckDBResultSet")
                ? new DuckDbVectors(rs) : new Portable(rs, columns);
    }

    /** Bulk copies from the driver's vectors (reflection on DuckDB JDBC 1.1.3 internals). */
    static final class DuckDbVectors extends ChunkSource {
        static final boolean AVAILABLE;
        private static final Field CURRENT_CHUNK;
        private static final Field CHUNK_IDX;
        private static final Field LENGTH;
        private static final Field NULLMASK;
        private static final Field CONSTLEN;
        private static final Field VARLEN;

        static {
            Field[] f = new Field[6];
            boolean ok;
            try {
                Class<?> rsClass = Class.forName("org.duckdb.DuckDBResultSet");
                Class<?> vecClass = Class.forName("org.duckdb.DuckDBVector");
                f[0] = rsClass.getDeclaredField("current_chunk");
                f[1] = rsClass.getDeclaredField("chunk_idx");
                f[2] = vecClass.getDeclaredField("length");
                f[3] = vecClass.getDeclaredField("nullmask");
                f[4] = vecClass.getDeclaredField("constlen_data");
                f[5] = vecClass.getDeclaredField("varlen_data");
                for (Field x : f) {
                    x.setAccessible(true);
                }
                ok = f[0].getType().isArray() && f[1].getType() == int.class && f[2].getType() == int.class
                        && f[3].getType() == boolean[].class && f[4].getType() == ByteBuffer.class
                        && f[5].getType() == Object[].class;
            } catch (ReflectiveOperationException | RuntimeException e) {
                ok = false;
            }
            AVAILABLE = ok;
            CURRENT_CHUNK = f[0];
            CHUNK_IDX = f[1];
            LENGTH = f[2];
            NULLMASK = f[3];
            CONSTLEN = f[4];
            VARLEN = f[5];
        }

        private final ResultSet rs;
        private Object[] vectors;
        private int length;

        DuckDbVectors(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        int next() throws SQLException {
            if (!rs.next()) {
                return 0;
            }
            try {
                vectors = (Object[]) CURRENT_CHUNK.get(rs);
                length = LENGTH.getInt(vectors[0]);
                CHUNK_IDX.setInt(rs, length); // the next rs.next() fetches the next chunk
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return length;
        }

        @Override
        void doubles(int col, double[] dst) {
            Object v = vectors[col - 1];
            data(v).asDoubleBuffer().get(dst, 0, length);
            boolean[] nulls = nulls(v);
            for (int i = 0; i < length; i++) {
                if (nulls[i]) {
                    dst[i] = Double.NaN;
                }
            }
        }

        @Override
        void longs(int col, boolean bool, long[] dst, boolean[] nulls) {
            Object v = vectors[col - 1];
            ByteBuffer b = data(v);
            if (bool) {
                for (int i = 0; i < length; i++) {
                    dst[i] = b.get(i) != 0 ? 1L : 0L;
                }
            } else {
                b.asLongBuffer().get(dst, 0, length);
            }
            System.arraycopy(nulls(v), 0, nulls, 0, length);
        }

        @Override
        void strings(int col, String[] dst) {
            Object v = vectors[col - 1];
            boolean[] nulls = nulls(v);
            Object[] values;
            try {
                values = (Object[]) VARLEN.get(v);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < length; i++) {
                dst[i] = nulls[i] || values[i] == null ? null : values[i].toString();
            }
        }

        private static ByteBuffer data(Object vector) {
            try {
                ByteBuffer b = ((ByteBuffer) CONSTLEN.get(vector)).duplicate().order(ByteOrder.LITTLE_ENDIAN);
                b.position(0);
                return b;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static boolean[] nulls(Object vector) {
            try {
                return (boolean[]) NULLMASK.get(vector);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Standard JDBC getters, row by row, buffered into chunks. */
    static final class Portable extends ChunkSource {
        private final ResultSet rs;
        private final double[][] doubles;
        private final long[][] longs;
        private final boolean[][] nulls;
        private final String[][] strings;
        private final int[] kinds;
        private int length;

        Portable(ResultSet rs, int columns) {
            this.rs = rs;
            doubles = new double[columns + 1][];
            longs = new long[columns + 1][];
            nulls = new boolean[columns + 1][];
            strings = new String[columns + 1][];
            kinds = new int[columns + 1];
        }

        @Override
        int next() throws SQLException {
            if (kinds[0] == 0) {
                describeColumns();
            }
            length = 0;
            while (length < CHUNK && rs.next()) {
                for (int c = 1; c < kinds.length; c++) {
                    readCell(c, length);
                }
                length++;
            }
            return length;
        }

        private void describeColumns() throws SQLException {
            kinds[0] = 1;
            for (int c = 1; c < kinds.length; c++) {
                String t = rs.getMetaData().getColumnTypeName(c);
                if ("DOUBLE".equals(t)) {
                    kinds[c] = 1;
                    doubles[c] = new double[CHUNK];
                } else if ("BIGINT".equals(t) || "BOOLEAN".equals(t)) {
                    kinds[c] = "BIGINT".equals(t) ? 2 : 3;
                    longs[c] = new long[CHUNK];
                    nulls[c] = new boolean[CHUNK];
                } else {
                    kinds[c] = 4;
                    strings[c] = new String[CHUNK];
                }
            }
        }

        private void readCell(int c, int i) throws SQLException {
            switch (kinds[c]) {
                case 1:
                    double d = rs.getDouble(c);
                    doubles[c][i] = rs.wasNull() ? Double.NaN : d;
                    break;
                case 2:
                    longs[c][i] = rs.getLong(c);
                    nulls[c][i] = rs.wasNull();
                    break;
                case 3:
                    longs[c][i] = rs.getBoolean(c) ? 1L : 0L;
                    nulls[c][i] = rs.wasNull();
                    break;
                default:
                    strings[c][i] = rs.getString(c);
                    break;
            }
        }

        @Override
        void doubles(int col, double[] dst) {
            System.arraycopy(doubles[col], 0, dst, 0, length);
        }

        @Override
        void longs(int col, boolean bool, long[] dst, boolean[] nullDst) {
            System.arraycopy(longs[col], 0, dst, 0, length);
            System.arraycopy(nulls[col], 0, nullDst, 0, length);
        }

        @Override
        void strings(int col, String[] dst) {
            System.arraycopy(strings[col], 0, dst, 0, length);
        }
    }
}
