package org.huntlab.run;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file written row by row: a header, then rows that reach the disk at each flush.
 *
 * <p>Numbers are written with {@link Double#toString} (exact round trip) and NaN as an empty
 * cell; text is quoted only when it holds a comma, a quote or a line break.
 */
final class CsvFile implements Closeable {

    private final Path path;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder();
    private int cells;
    private boolean closed;

    private CsvFile(Path path, BufferedWriter out) {
        this.path = path;
        this.out = out;
    }

    /** Creates (or truncates) {@code path} and writes the header row. */
    static CsvFile create(Path path, List<String> header) {
        try {
            CsvFile file = new CsvFile(path, Files.newBufferedWriter(path,
                    StandardCharsets.UTF_8));
            for (String name : header) {
                file.text(name);
            }
            file.endRow();
            file.flush();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path + ": " + e.getMessage(), e);
        }
    }

    /** Appends a text cell to the current row. */
    CsvFile text(String value) {
        separate();
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (quote) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    /** Appends an integer cell to the current row. */
    CsvFile number(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** Appends a number cell to the current row; NaN becomes an empty cell. */
    CsvFile number(double value) {
        separate();
        if (!Double.isNaN(value)) {
            line.append(value);
        }
        return this;
    }

    /** Ends the current row; it is buffered until the next {@link #flush}. */
    void endRow() {
        try {
            out.append(line).append('\n');
            line.setLength(0);
            cells = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Hands every finished row to the operating system. */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Flushes and closes; closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path + ": " + e.getMessage(), e);
        }
    }

    private void separate() {
        // a counter, not the line's length: the first cell may be empty
        if (cells++ > 0) {
            line.append(',');
        }
    }
}
