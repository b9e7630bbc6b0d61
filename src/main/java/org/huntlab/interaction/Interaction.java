package org.huntlab.interaction;

import java.util.List;
import java.util.Map;

/**
 * The interaction step of one target: Σ over its couplings of ±η·K(r)·(x_t − x_s)/r.
 *
 * <p>All displacements are computed from the positions before any is applied, so the step is
 * the same whatever the order of sources. A source at exactly the target's position (r = 0)
 * has no direction and exerts nothing; a source missing from the positions (inactive, e.g. a
 * predator that has not joined yet) exerts nothing and does not count in a mean.
 */
public final class Interaction {

    private Interaction() {
    }

    /**
     * Adds η times the summed displacement of {@code couplings} on {@code target} to {@code out}.
     *
     * @param target the target's position x_t (not modified)
     * @param positions the sources' positions by id; every source of every coupling is present
     * @param eta the interaction step η
     */
    public static void accumulate(double[] target, List<Coupling> couplings,
                                  Map<String, double[]> positions, double eta, double[] out) {
        for (Coupling c : couplings) {
            switch (c.aggregation()) {
                case SUM -> {
                    for (String s : c.sources()) {
                        push(target, positions.get(s), c, eta, out);
                    }
                }
                case MEAN -> {
                    long acting = c.sources().stream().filter(positions::containsKey).count();
                    double share = acting == 0 ? 0 : eta / acting;
                    for (String s : c.sources()) {
                        push(target, positions.get(s), c, share, out);
                    }
                }
                case NEAREST -> {
                    double[] nearest = null;
                    double best = Double.POSITIVE_INFINITY;
                    for (String s : c.sources()) {
                        double[] xs = positions.get(s);
                        if (xs == null) {
                            continue;
                        }
                        double r = distance(target, xs);
                        if (r < best) {
                            best = r;
                            nearest = xs;
                        }
                    }
                    push(target, nearest, c, eta, out);
                }
                default -> throw new AssertionError(c.aggregation());
            }
        }
    }

    private static void push(double[] xt, double[] xs, Coupling c, double eta, double[] out) {
        if (xs == null) {
            return;
        }
        double r = distance(xt, xs);
        if (r == 0) {
            return;
        }
        double scale = c.action().sign() * eta * c.kernel().at(r) / r;
        for (int i = 0; i < xt.length; i++) {
            out[i] += scale * (xt[i] - xs[i]);
        }
    }

    /** The Euclidean distance |a − b|. */
    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
