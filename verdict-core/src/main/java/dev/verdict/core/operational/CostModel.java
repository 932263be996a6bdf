package dev.verdict.core.operational;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The prices of a cost metric and the token columns they apply to. The cost of a row is
 * {@code price_per_request + price_per_1k_input_tokens * input_tokens / 1000
 * + price_per_1k_output_tokens * output_tokens / 1000}; prices the plan omits are 0, but at least one must be given,
 * and a token price needs its token column.
 */
record CostModel(String inputColumn, String outputColumn, double perRequest, double perKInput, double perKOutput) {
    static final String INPUT = "input_tokens";
    static final String OUTPUT = "output_tokens";
    static final String PER_REQUEST = "price_per_request";
    static final String PER_K_INPUT = "price_per_1k_input_tokens";
    static final String PER_K_OUTPUT = "price_per_1k_output_tokens";

    /** @return the parameters every cost metric accepts */
    static List<ParamSpec> params() {
        return List.of(ParamSpec.optionalString(INPUT, "numeric column of input (prompt) tokens per request"),
                ParamSpec.optionalString(OUTPUT, "numeric column of output (completion) tokens per request"),
                ParamSpec.optionalDouble(PER_K_INPUT, "price per 1000 input tokens (default 0)"),
                ParamSpec.optionalDouble(PER_K_OUTPUT, "price per 1000 output tokens (default 0)"),
                ParamSpec.optionalDouble(PER_REQUEST, "fixed price per request (default 0)"));
    }

    /**
     * @param metric the metric name, for messages
     * @param p validated parameters
     * @param needsTokens whether the metric divides by tokens (then a token column is required)
     * @return the model
     * @throws InvalidInputException when no price is given, a price is negative or a token price lacks its column
     */
    static CostModel of(String metric, Params p, boolean needsTokens) {
        if (!p.has(PER_REQUEST) && !p.has(PER_K_INPUT) && !p.has(PER_K_OUTPUT)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs at least one price: %s, %s or %s", metric, PER_K_INPUT, PER_K_OUTPUT,
                    PER_REQUEST));
        }
        double perRequest = price(metric, p, PER_REQUEST);
        double perKInput = price(metric, p, PER_K_INPUT);
        double perKOutput = price(metric, p, PER_K_OUTPUT);
        String in = p.has(INPUT) ? p.getString(INPUT) : null;
        String out = p.has(OUTPUT) ? p.getString(OUTPUT) : null;
        if (p.has(PER_K_INPUT) && in == null) {
            throw new InvalidInputException("metric " + metric + " has " + PER_K_INPUT + " but no column parameter '"
                    + INPUT + "'");
        }
        if (p.has(PER_K_OUTPUT) && out == null) {
            throw new InvalidInputException("metric " + metric + " has " + PER_K_OUTPUT + " but no column parameter '"
                    + OUTPUT + "'");
        }
        if (needsTokens && in == null && out == null) {
            throw new InvalidInputException("metric " + metric + " needs a token column parameter: '" + INPUT
                    + "' and/or '" + OUTPUT + "'");
        }
        return new CostModel(in, out, perRequest, perKInput, perKOutput);
    }

    private static double price(String metric, Params p, String name) {
        if (!p.has(name)) {
            return 0.0;
        }
        double v = p.getDouble(name);
        if (v < 0) {
            throw new InvalidInputException(String.format(Locale.ROOT, "metric %s parameter '%s' must be >= 0, got %s",
                    metric, name, v));
        }
        return v;
    }

    /** @return the token columns read, input first (0, 1 or 2 names) */
    List<String> columns() {
        List<String> c = new ArrayList<>(2);
        if (inputColumn != null) {
            c.add(inputColumn);
        }
        if (outputColumn != null) {
            c.add(outputColumn);
        }
        return c;
    }

    /** @return total weighted cost over the state's rows */
    double totalCost(SumsState s) {
        double total = perRequest * s.weight;
        int c = 0;
        if (inputColumn != null) {
            total += perKInput * s.sums[c++] / 1000.0;
        }
        if (outputColumn != null) {
            total += perKOutput * s.sums[c] / 1000.0;
        }
        return total;
    }

    /** @return total weighted tokens (input plus output) over the state's rows */
    double totalTokens(SumsState s) {
        double t = 0;
        for (double x : s.sums) {
            t += x;
        }
        return t;
    }
}
