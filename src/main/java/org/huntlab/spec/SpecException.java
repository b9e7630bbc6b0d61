package org.huntlab.spec;

/**
 * A simulation spec that cannot run, with where and why: one line for the user.
 *
 * <p>The message reads {@code FILE:LINE:COLUMN: PATH: what is wrong; what is allowed}; the
 * location is left out when the value came from a {@code --set} override.
 */
public final class SpecException extends RuntimeException {

    private final String path;
    private final int line;
    private final int column;

    /**
     * A problem with the field at {@code path} (e.g. {@code agents[1].optimizer.lr}).
     *
     * @param line the 1-based line in the file, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     */
    public SpecException(String source, String path, int line, int column, String problem) {
        super(format(source, path, line, column, problem));
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** The dotted path of the offending field. */
    public String path() {
        return path;
    }

    /** The 1-based line of the offending field, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the offending field, or 0 when unknown. */
    public int column() {
        return column;
    }

    private static String format(String source, String path, int line, int column,
                                 String problem) {
        StringBuilder b = new StringBuilder(source == null ? "spec" : source);
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        b.append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(problem).toString();
    }
}
