package org.huntlab.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * events.jsonl: a run's milestones, one JSON object per line, in the order they were seen,
 * each with at least {@code step} and {@code event}.
 *
 * <p>Events: {@code crossed} (an agent's x1 changed sign since the previous evaluation, on a
 * double well: it went over the barrier), {@code locked} (a prey-predator pair first came
 * within 1% of its predicted distance r*), {@code memorized}, {@code generalized},
 * {@code diverged}. Lines are flushed at every evaluation, so a killed run keeps its events.
 */
final class EventLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final BufferedWriter out;

    private EventLog(Path path, BufferedWriter out) {
        this.path = path;
        this.out = out;
    }

    /** Creates (or truncates) {@code path}. */
    static EventLog create(Path path) {
        try {
            return new EventLog(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path + ": " + e.getMessage(), e);
        }
    }

    /** Appends event {@code event} of {@code step} with {@code fields} (in their order). */
    void add(long step, String event, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", step);
        line.put("event", event);
        line.putAll(fields);
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event + " is not JSON: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Hands every event to the operating system. */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Flushes and closes. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path + ": " + e.getMessage(), e);
        }
    }
}
