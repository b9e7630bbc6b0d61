package org.huntlab.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Median, minimum and maximum of a count that some runs never reach ("right-censored"): a
 * run that never got there counts as +∞, so it is reported, never dropped. The median is
 * finite only when more than half of the runs got there.
 *
 * @param values the finite values, sorted
 * @param never how many runs never got there
 */
public record CensoredStatistic(double[] values, int never) {

    /** The statistic of {@code observations}, null meaning "never". */
    public static CensoredStatistic of(List<Long> observations) {
        double[] finite = observations.stream().filter(Objects::nonNull)
                .mapToDouble(Long::doubleValue).sorted().toArray();
        return new CensoredStatistic(finite, observations.size() - finite.length);
    }

    /** All runs, finite or not. */
    public int runs() {
        return values.length + never;
    }

    /** The median with never = +∞ (the mean of the middle two for an even count). */
    public double median() {
        int n = runs();
        if (n == 0) {
            return Double.NaN;
        }
        double[] all = Arrays.copyOf(values, n);
        Arrays.fill(all, values.length, n, Double.POSITIVE_INFINITY);
        return n % 2 == 1 ? all[n / 2] : 0.5 * (all[n / 2 - 1] + all[n / 2]);
    }

    /** The smallest value (+∞ when no run got there). */
    public double min() {
        return values.length == 0 ? Double.POSITIVE_INFINITY : values[0];
    }

    /** The largest value (+∞ when some run never got there). */
    public double max() {
        return never > 0 || values.length == 0 ? Double.POSITIVE_INFINITY
                : values[values.length - 1];
    }

    /** "median (min–max)", with "never" for +∞. */
    public String format() {
        if (runs() == 0) {
            return "–";
        }
        if (values.length == 0) {
            return "never";
        }
        return number(median()) + " (" + number(min()) + "–" + number(max()) + ")";
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return "never";
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
