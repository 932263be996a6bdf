/**
 * Plot data for evaluation reports: ROC and precision-recall curve points, threshold sweeps, score histograms by
 * class, regression residual points and numeric distributions with percentiles. Pure math on primitive arrays, no
 * I/O; every function documents the numpy / scikit-learn call it reproduces (scikit-learn 1.2.1, numpy 1.24).
 *
 * <p>These are not metrics: they do not stream through {@link dev.verdict.core.MetricState}; a report computes them
 * once on the whole evaluated batch.
 */
package dev.verdict.core.curves;
