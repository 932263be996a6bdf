package dev.verdict.core;

/** A column role a metric needs in its {@link Columns} batches. The reader reads only the roles the plan needs. */
public enum Input {
    /** {@link Columns#label()}: binary 0/1 (1 = positive) or multiclass class index. */
    LABEL,
    /** {@link Columns#score()}: binary score for the positive class. */
    SCORE,
    /** {@link Columns#scores()}: one score column per class (multiclass) or per label (multilabel). */
    SCORES,
    /** {@link Columns#predictedLabel()}: hard prediction (binary 0/1 or multiclass class index). */
    PREDICTED_LABEL,
    /** {@link Columns#labelMatrix()}: multilabel 0/1 truth, one column per label. */
    LABEL_MATRIX,
    /** {@link Columns#yTrue()}: regression target. */
    Y_TRUE,
    /** {@link Columns#yPred()}: regression prediction. */
    Y_PRED,
    /** {@link Columns#lower()}: lower end of a prediction interval. */
    LOWER,
    /** {@link Columns#upper()}: upper end of a prediction interval. */
    UPPER,
    /** {@link Columns#time()}: a time-ordering column (epoch or any increasing number). */
    TIME,
    /** {@link Columns#group()}: query, user or problem. */
    GROUP,
    /** {@link Columns#item()}: document or item. */
    ITEM,
    /** {@link Columns#relevance()}: graded relevance. */
    RELEVANCE,
    /** {@link Columns#features()}: feature vectors. */
    FEATURES,
    /** {@link Columns#text()}: generated text. */
    TEXT,
    /** {@link Columns#references()}: reference texts. */
    REFERENCES
}
