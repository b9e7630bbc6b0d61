package org.huntlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Replicates grouped by configuration: medians (min–max) of the steps and gradient calls to
 * memorize and to generalize, and how many runs generalized at all.
 */
public final class ComparisonTable {

    private static final String[] HEADER = {"configuration", "runs", "generalized",
        "memorize steps", "memorize calls", "generalize steps", "generalize calls",
        "final loss"};

    private final Map<String, List<Replicate>> groups = new LinkedHashMap<>();

    /** The table of {@code replicates}, grouped by label in order of first appearance. */
    public ComparisonTable(List<Replicate> replicates) {
        for (Replicate r : replicates) {
            groups.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r);
        }
    }

    /** The labels, in order. */
    public List<String> labels() {
        return List.copyOf(groups.keySet());
    }

    /** The replicates of one configuration. */
    public List<Replicate> replicates(String label) {
        return List.copyOf(groups.get(label));
    }

    /** The statistic of one column of one configuration. */
    public CensoredStatistic statistic(String label, Function<Replicate, Long> column) {
        return CensoredStatistic.of(groups.get(label).stream().map(column).toList());
    }

    /** The median gradient calls to generalize of one configuration (+∞ if not reached). */
    public double medianCallsToGeneralize(String label) {
        return statistic(label, Replicate::generalizedCalls).median();
    }

    /**
     * {@code baseline}'s median gradient calls to generalize over {@code other}'s: how many
     * times fewer calls {@code other} needs (NaN when neither generalizes in most runs).
     */
    public double speedup(String baseline, String other) {
        double a = medianCallsToGeneralize(baseline);
        double b = medianCallsToGeneralize(other);
        return Double.isInfinite(a) && Double.isInfinite(b) ? Double.NaN : a / b;
    }

    /** The median (min–max) of the watched agent's final loss, 3 significant digits. */
    private static String finalLoss(List<Replicate> rs) {
        double[] v = rs.stream().mapToDouble(Replicate::finalLoss).filter(Double::isFinite)
                .sorted().toArray();
        if (v.length == 0) {
            return "–";
        }
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
        return String.format(Locale.ROOT, "%.3g (%.3g–%.3g)", median, v[0], v[n - 1]);
    }

    /** The table as aligned text lines. */
    public List<String> lines() {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (String label : groups.keySet()) {
            List<Replicate> rs = groups.get(label);
            long generalized = rs.stream().filter(r -> r.generalizedStep() != null).count();
            rows.add(new String[] {label, String.valueOf(rs.size()),
                generalized + "/" + rs.size(),
                statistic(label, Replicate::memorizedStep).format(),
                statistic(label, Replicate::memorizedCalls).format(),
                statistic(label, Replicate::generalizedStep).format(),
                statistic(label, Replicate::generalizedCalls).format(),
                finalLoss(rs)});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = String.format(Locale.ROOT, i == 0 ? "%-" + width[i] + "s"
                        : "%" + width[i] + "s", row[i]);
                b.append(i == 0 ? "" : "  ").append(cell);
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    /** One CSV line per replicate, with a header. */
    public List<String> csv(List<String> extraHeader, Function<Replicate, List<String>> extra) {
        List<String> out = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("configuration", "seed", "ending",
                "memorized_step", "memorized_calls", "generalized_step", "generalized_calls",
                "final_loss", "steps", "wall_seconds", "directory"));
        header.addAll(extraHeader);
        out.add(String.join(",", header));
        for (List<Replicate> rs : groups.values()) {
            for (Replicate r : rs) {
                List<String> cells = new ArrayList<>(List.of(quote(r.label()),
                        String.valueOf(r.seed()), r.ending(), cell(r.memorizedStep()),
                        cell(r.memorizedCalls()), cell(r.generalizedStep()),
                        cell(r.generalizedCalls()),
                        Double.isNaN(r.finalLoss()) ? "" : String.valueOf(r.finalLoss()),
                        String.valueOf(r.steps()),
                        String.format(Locale.ROOT, "%.3f", r.wallSeconds()),
                        quote(r.directory().toString())));
                cells.addAll(extra.apply(r).stream().map(ComparisonTable::quote).toList());
                out.add(String.join(",", cells));
            }
        }
        return out;
    }

    private static String cell(Long v) {
        return v == null ? "" : v.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
