package org.huntlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The contents of {@code summary.json}: how a run ended, what it cost and when it got where.
 *
 * @param run the run's name
 * @param seed the run seed
 * @param ending an {@link org.huntlab.hunt.Outcome.Ending} name, or {@value #RUNNING} while
 *     the run is still going (the file is rewritten at every evaluation)
 * @param message a sentence for the user
 * @param steps the last round completed (while running: the last round evaluated)
 * @param gradientCalls gradient evaluations per agent id
 * @param totalGradientCalls the gradient evaluations of all agents together
 * @param wallSeconds the wall time of the rounds
 * @param memorizedAccuracy the train accuracy that counts as memorized
 * @param generalizedAccuracy the test accuracy that counts as generalized
 * @param milestones per agent id, when it memorized and generalized
 * @param finalLoss per agent id, the loss at the last evaluation (null when not finite);
 *     only for analytic landscapes, absent otherwise
 */
public record Summary(String run, long seed, String ending, String message, long steps,
                      Map<String, Long> gradientCalls, long totalGradientCalls,
                      double wallSeconds, double memorizedAccuracy,
                      double generalizedAccuracy, Map<String, Milestones> milestones,
                      @JsonInclude(JsonInclude.Include.NON_NULL)
                      Map<String, Double> finalLoss) {

    /** The ending written while a run has not ended yet. */
    public static final String RUNNING = "RUNNING";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** Copies the maps, keeping their order. */
    public Summary {
        gradientCalls = Collections.unmodifiableMap(new LinkedHashMap<>(gradientCalls));
        milestones = Collections.unmodifiableMap(new LinkedHashMap<>(milestones));
        finalLoss = finalLoss == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(finalLoss));
    }

    /**
     * When one agent first reached the memorization and generalization accuracies.
     *
     * @param memorized the first evaluation with train accuracy ≥ the threshold, or null
     * @param generalized the first evaluation with test accuracy ≥ the target, or null
     */
    public record Milestones(Milestone memorized, Milestone generalized) {
    }

    /**
     * An evaluation at which a milestone was reached.
     *
     * @param step the round
     * @param totalGradientCalls the gradient calls of all agents together by then
     */
    public record Milestone(long step, long totalGradientCalls) {
    }

    /** This summary as indented JSON. */
    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the summary of " + run, e);
        }
    }

    /** Reads a summary written by {@link #toJson}. */
    public static Summary read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Summary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
