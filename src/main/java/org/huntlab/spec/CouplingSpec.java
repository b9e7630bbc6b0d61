package org.huntlab.spec;

import java.util.Locale;
import org.huntlab.interaction.Action;
import org.huntlab.interaction.Aggregation;
import org.huntlab.interaction.Coupling;

/**
 * One entry of {@code couplings:}: the target reacts to the source with a kernel.
 *
 * @param target an agent id or {@code role:NAME} (every agent of that role)
 * @param source an agent id or {@code role:NAME}; a target never reacts to itself
 * @param action {@code flee} or {@code chase}
 * @param kernel the profile K(r)
 * @param aggregation {@code sum}, {@code mean} or {@code nearest} over the sources that act
 *     (default sum)
 * @param nearest each target reacts only to its k nearest sources of the current round, k ≥ 1
 *     (default: every source)
 * @param within only sources closer than this radius &gt; 0 act (default: any distance)
 * @param pairwise when true, target and source name equally many agents and the k-th target
 *     reacts to the k-th source only, e.g. prey-k to wolf-k of two counted entries (default
 *     false: every target reacts to every source)
 */
public record CouplingSpec(String target, String source, String action, KernelSpec kernel,
                           String aggregation, Integer nearest, Double within,
                           Boolean pairwise) {

    /** Fills defaults and checks the words and ranges. */
    public CouplingSpec {
        Fields.required(target, "target");
        Fields.required(source, "source");
        Fields.required(action, "action");
        Fields.required(kernel, "kernel");
        aggregation = Fields.orDefault(aggregation, "sum");
        parseAction(action);
        parseAggregation(aggregation);
        if (nearest != null && nearest < 1) {
            throw new IllegalArgumentException("nearest must be ≥ 1 (the number of nearest "
                    + "sources each target reacts to), got " + nearest
                    + "; leave it out to let every source act");
        }
        if (within != null) {
            Fields.positive(within, "within");
        }
        pairwise = Fields.orDefault(pairwise, false);
    }

    /** A coupling in which every source acts, at any distance. */
    public CouplingSpec(String target, String source, String action, KernelSpec kernel,
                        String aggregation) {
        this(target, source, action, kernel, aggregation, null, null, null);
    }

    /** The k of {@code nearest}, or {@link Coupling#EVERY_SOURCE} when absent. */
    public int nearestValue() {
        return nearest == null ? Coupling.EVERY_SOURCE : nearest;
    }

    /** The radius of {@code within}, or {@link Coupling#UNLIMITED} when absent. */
    public double withinValue() {
        return within == null ? Coupling.UNLIMITED : within;
    }

    /** The action as an enum. */
    public Action actionValue() {
        return parseAction(action);
    }

    /** The aggregation as an enum. */
    public Aggregation aggregationValue() {
        return parseAggregation(aggregation);
    }

    private static Action parseAction(String action) {
        return switch (action) {
            case "flee" -> Action.FLEE;
            case "chase" -> Action.CHASE;
            default -> throw new IllegalArgumentException("action: unknown action '" + action
                    + "'; allowed: flee, chase");
        };
    }

    private static Aggregation parseAggregation(String aggregation) {
        try {
            return Aggregation.valueOf(aggregation.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("aggregation: unknown aggregation '"
                    + aggregation + "'; allowed: sum, mean, nearest");
        }
    }
}
