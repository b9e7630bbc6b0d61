package org.huntlab.interaction;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The interaction step of one target: Σ over its couplings of ±η·K(r)·(x_t − x_s)/r.
 *
 * <p>All displacements are computed from the positions before any is applied, so the step is
 * the same whatever the order of sources. A source at exactly the target's position (r = 0)
 * has no direction: it exerts nothing and does not count as acting (for {@code nearest} and
 * {@code mean}); so does a source missing from the positions (inactive, e.g. a predator that
 * has not joined yet). Of the others, a coupling lets act those closer than its {@code within} and,
 * of those, its {@code nearest} closest; {@code mean} divides by how many act, and when none
 * acts the coupling adds nothing.
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
        accumulate(target, couplings, positions, eta, out, 0, target.length);
    }

    /**
     * The interaction applied block by block ("per layer"): within each block [b_k, b_{k+1})
     * of {@code bounds}, distances, directions and kernels use only that block's coordinates,
     * so each layer of a network keeps its own pair distance.
     *
     * @param bounds increasing block boundaries from 0 to the dimension
     */
    public static void accumulateByBlock(double[] target, List<Coupling> couplings,
                                         Map<String, double[]> positions, double eta,
                                         double[] out, int[] bounds) {
        for (int k = 0; k + 1 < bounds.length; k++) {
            accumulate(target, couplings, positions, eta, out, bounds[k], bounds[k + 1]);
        }
    }

    private static void accumulate(double[] target, List<Coupling> couplings,
                                   Map<String, double[]> positions, double eta, double[] out,
                                   int from, int to) {
        for (Coupling c : couplings) {
            List<String> ids = c.sources();
            double[] r = new double[ids.size()];
            int acting = 0;
            for (int j = 0; j < r.length; j++) {
                double[] xs = positions.get(ids.get(j));
                r[j] = xs == null ? Double.NaN : distance(target, xs, from, to);
                if (r[j] > 0 && r[j] < c.within()) {
                    acting++;
                } else {
                    r[j] = Double.NaN;
                }
            }
            int limit = c.aggregation() == Aggregation.NEAREST ? 1 : c.nearest();
            int count = Math.min(acting, limit);
            if (count == 0) {
                continue;
            }
            double cutoff = Double.POSITIVE_INFINITY;
            int ties = count;
            if (acting > limit) {
                double[] sorted = Arrays.stream(r).filter(d -> !Double.isNaN(d)).sorted()
                        .toArray();
                cutoff = sorted[limit - 1];
                int below = 0;
                while (sorted[below] < cutoff) {
                    below++;
                }
                ties = limit - below;
            }
            double share = c.aggregation() == Aggregation.MEAN ? eta / count : eta;
            for (int j = 0; j < r.length; j++) {
                if (Double.isNaN(r[j]) || r[j] > cutoff) {
                    continue;
                }
                if (r[j] == cutoff && ties-- <= 0) {
                    continue;
                }
                push(target, positions.get(ids.get(j)), r[j], c, share, out, from, to);
            }
        }
    }

    private static void push(double[] xt, double[] xs, double r, Coupling c, double eta,
                             double[] out, int from, int to) {
        double scale = c.action().sign() * eta * c.kernel().at(r) / r;
        for (int i = from; i < to; i++) {
            out[i] += scale * (xt[i] - xs[i]);
        }
    }

    /** The Euclidean distance |a − b|. */
    public static double distance(double[] a, double[] b) {
        return distance(a, b, 0, a.length);
    }

    /** The Euclidean distance of the coordinates [from, to) of a and b. */
    public static double distance(double[] a, double[] b, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
