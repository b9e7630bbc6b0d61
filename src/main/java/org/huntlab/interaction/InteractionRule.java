package org.huntlab.interaction;

/**
 * How every coupling of a scheme acts: its scale η and how it meets the optimizer.
 *
 * @param step η: the displacement scale in {@link InteractionMode#SPLIT} mode, the force
 *     weight in {@link InteractionMode#FORCE} mode
 * @param mode split or force
 * @param perLayer measure distances and directions within each parameter block of the
 *     landscape (a network's layers) instead of over the whole vector
 */
public record InteractionRule(double step, InteractionMode mode, boolean perLayer) {

    /** Checks η &gt; 0. */
    public InteractionRule {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("step must be a finite number > 0, got " + step);
        }
    }

    /** The split rule with step η. */
    public static InteractionRule split(double step) {
        return new InteractionRule(step, InteractionMode.SPLIT, false);
    }
}
