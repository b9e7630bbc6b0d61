package org.huntlab.hunt;

/**
 * Puts an agent (typically a predator) next to another between rounds: at
 * x = scale·x_from + offset·u, u a seeded random unit vector, first at round {@code at} (or
 * right after {@code from} memorizes) and again every {@code every} rounds.
 *
 * <p>Until its first placement the agent is dormant: it does not step, costs no gradient
 * calls and exerts no force. Re-placing ("re-aiming") keeps the pair's drive pointed where
 * the placement says, e.g. outward along the weight norm with scale &gt; 1.
 *
 * @param agent the agent placed
 * @param from the agent it is placed next to
 * @param scale multiplies from's position (1: a copy; 1.02: just outside along the norm)
 * @param offset the length of the random displacement added (0 for none)
 * @param at the first round the placed agent steps in, ≥ 1; {@link #ON_MEMORIZED} for the
 *     round after {@code from} first reaches train accuracy {@code memorized}
 * @param every rounds between re-placements; 0 for once
 * @param memorized the train accuracy that counts as memorized
 * @param lag use {@code from}'s position this many rounds before the placement (a lagged
 *     copy); 0 for its current position. The coordinator keeps from's last {@code lag}
 *     positions, lag copies of the parameter vector in memory; before that many rounds have
 *     run it uses the oldest it has.
 */
public record Placement(String agent, String from, double scale, double offset, long at,
                        long every, double memorized, int lag) {

    /** The value of {@code at} that waits for {@code from} to memorize. */
    public static final long ON_MEMORIZED = 0;

    /** Checks the ranges. */
    public Placement {
        if (at < 0 || every < 0 || lag < 0) {
            throw new IllegalArgumentException("at, every and lag must be ≥ 0");
        }
        if (!Double.isFinite(scale) || !(offset >= 0)) {
            throw new IllegalArgumentException("scale must be finite and offset ≥ 0");
        }
    }

    /** True when the placed agent is (re)placed before round {@code k}, given the start. */
    boolean dueBefore(long k, long start) {
        if (start <= 0 || k < start) {
            return false;
        }
        return k == start || (every > 0 && (k - start) % every == 0);
    }
}
