package org.huntlab.spec;

import java.util.Locale;
import org.huntlab.interaction.Action;
import org.huntlab.interaction.Aggregation;

/**
 * One entry of {@code couplings:}: the target reacts to the source with a kernel.
 *
 * @param target an agent id or {@code role:NAME} (every agent of that role)
 * @param source an agent id or {@code role:NAME}; a target never reacts to itself
 * @param action {@code flee} or {@code chase}
 * @param kernel the profile K(r)
 * @param aggregation {@code sum}, {@code mean} or {@code nearest} over several sources
 *     (default sum)
 */
public record CouplingSpec(String target, String source, String action, KernelSpec kernel,
                           String aggregation) {

    /** Fills defaults and checks the words. */
    public CouplingSpec {
        Fields.required(target, "target");
        Fields.required(source, "source");
        Fields.required(action, "action");
        Fields.required(kernel, "kernel");
        aggregation = Fields.orDefault(aggregation, "sum");
        parseAction(action);
        parseAggregation(aggregation);
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
