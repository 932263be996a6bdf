package dev.verdict.core;

/** The type of a metric parameter, which decides how a plan value is parsed. */
public enum ParamType {
    /** A finite real number. */
    DOUBLE,
    /** A whole number. */
    INT,
    /** true or false. */
    BOOLEAN,
    /** One of {@link ParamSpec#choices()}. */
    CHOICE,
    /** Free text, e.g. a column name; must not be blank. */
    STRING
}
