package dev.verdict.core;

/**
 * A user mistake: malformed data, an unknown metric or parameter, a value outside its domain. The message names what
 * was wrong and what was expected; the CLI maps this exception to exit status 2 without a stack trace.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, naming the parameter, column or row, and what was expected */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong
     * @param cause the underlying cause
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
