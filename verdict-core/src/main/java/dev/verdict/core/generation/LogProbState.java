package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.MetricValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Corpus sums for perplexity-style metrics (lm-evaluation-harness {@code weighted_perplexity} and
 * {@code bits_per_byte}): total natural-log probability, total tokens and total bytes.
 */
final class LogProbState implements MetricState<LogProbState> {
    /** What the metric divides by and how it transforms. */
    enum Kind {
        PERPLEXITY, BITS_PER_TOKEN, BITS_PER_BYTE
    }

    private double logProb;
    private double tokens;
    private double bytes;
    private long rows;
    private boolean missingTokens;
    private boolean missingBytes;

    @Override
    public void accept(Columns batch, int from, int to) {
        double[] lp = batch.logProb();
        if (lp == null) {
            throw new InvalidInputException("perplexity metrics need the logProb column (sum of natural-log token "
                    + "probabilities per row)");
        }
        double[] tc = batch.tokenCount();
        double[] bc = batch.byteCount();
        missingTokens |= tc == null && to > from;
        missingBytes |= bc == null && to > from;
        for (int i = from; i < to; i++) {
            if (!(lp[i] <= 0) || Double.isInfinite(lp[i])) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "column logProb: row %d must be a finite log-probability <= 0, got %s", i, lp[i]));
            }
            logProb += lp[i];
            if (tc != null) {
                tokens += check("tokenCount", tc[i], i);
            }
            if (bc != null) {
                bytes += check("byteCount", bc[i], i);
            }
        }
        rows += to - from;
    }

    private static double check(String col, double v, int row) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column %s: row %d must be a finite count >= 0, got %s", col, row, v));
        }
        return v;
    }

    @Override
    public LogProbState combine(LogProbState o) {
        logProb += o.logProb;
        tokens += o.tokens;
        bytes += o.bytes;
        rows += o.rows;
        missingTokens |= o.missingTokens;
        missingBytes |= o.missingBytes;
        return this;
    }

    /**
     * perplexity = exp(-sum logProb / sum tokens); bits_per_token = -sum logProb / sum tokens / ln 2;
     * bits_per_byte = -sum logProb / sum bytes / ln 2. Zero units: NaN with a warning.
     */
    MetricValue compute(Kind kind) {
        boolean byBytes = kind == Kind.BITS_PER_BYTE;
        if (byBytes ? missingBytes : missingTokens) {
            throw new InvalidInputException(kind.name().toLowerCase(Locale.ROOT) + " needs the "
                    + (byBytes ? "byteCount" : "tokenCount") + " column");
        }
        double units = byBytes ? bytes : tokens;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("total_log_prob", logProb);
        d.put(byBytes ? "total_bytes" : "total_tokens", units);
        d.put("rows", rows);
        if (units == 0) {
            return new MetricValue(Double.NaN, d, "no " + (byBytes ? "bytes" : "tokens") + ": undefined");
        }
        double nll = -logProb / units;
        double v = kind == Kind.PERPLEXITY ? Math.exp(nll) : nll / Math.log(2);
        return new MetricValue(v, d, null);
    }
}
