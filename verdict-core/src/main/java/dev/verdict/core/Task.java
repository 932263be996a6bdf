package dev.verdict.core;

import java.util.Arrays;
import java.util.Locale;

/** The kind of prediction problem a plan evaluates. Parsed from the plan's {@code task:} once, at the edge. */
public enum Task {
    /** Two classes; a score per row for the positive class and/or a hard prediction. */
    BINARY,
    /** K classes; a predicted class and/or one score column per class. */
    MULTICLASS,
    /** L independent 0/1 labels per row; one label column and one score column per label. */
    MULTILABEL,
    /** A real-valued target and prediction. */
    REGRESSION,
    /** Ranked lists per query judged against relevance labels (trec_eval conventions). */
    RANKING,
    /** Recommendation lists per user, judged beyond relevance (coverage, diversity, novelty). */
    RECOMMENDATION,
    /** Generated text against one or more references (BLEU, chrF, ROUGE, ...), and LLM sample statistics. */
    GENERATION,
    /** Cluster assignments against true labels, or against the feature vectors. */
    CLUSTERING;

    /** The plan spelling, e.g. {@code binary}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the plan spelling.
     *
     * @throws InvalidInputException naming the accepted values when {@code s} is not one of them
     */
    public static Task parse(String s) {
        for (Task t : values()) {
            if (t.id().equals(s)) {
                return t;
            }
        }
        throw new InvalidInputException(String.format(Locale.ROOT, "unknown task '%s'; expected one of %s", s,
                Arrays.stream(values()).map(Task::id).toList()));
    }
}
