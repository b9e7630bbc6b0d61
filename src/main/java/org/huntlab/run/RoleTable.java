package org.huntlab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huntlab.agent.Agent;
import org.huntlab.agent.AgentPlan;

/**
 * roles.csv: per role and evaluation, the mean, min and max over the role's agents of the
 * loss, of x1 and of the distance |x − c| to the role's centroid c = mean of x, and the mean
 * staleness; a swarm's replacement for one metrics.csv row per agent.
 *
 * <p>The loss is that of metrics.csv's loss column: the one the round's gradient saw, before
 * the round's step; x1 and the distances are after it. The centroid distance measures how
 * spread the role is (its radius); x1 is the coordinate a double well splits on, so its mean
 * is the balance between the two wells.
 */
final class RoleTable {

    /** The columns of roles.csv. */
    static final List<String> HEADER = List.of("step", "role", "agents", "gradient_calls",
            "loss_mean", "loss_min", "loss_max", "x1_mean", "x1_min", "x1_max",
            "centroid_distance_mean", "centroid_distance_min", "centroid_distance_max",
            "staleness_mean");

    private final CsvFile file;
    private final Map<String, List<Integer>> members = new LinkedHashMap<>();

    RoleTable(CsvFile file, List<AgentPlan> agents) {
        this.file = file;
        for (int i = 0; i < agents.size(); i++) {
            members.computeIfAbsent(agents.get(i).role(), r -> new ArrayList<>()).add(i);
        }
    }

    /** Writes one row per role for an evaluation's reports (in scheme order). */
    void write(long round, List<Agent.Stepped> reports) {
        for (var role : members.entrySet()) {
            List<Integer> idx = role.getValue();
            int d = reports.get(idx.get(0)).position().length;
            double[] centroid = new double[d];
            long calls = 0;
            for (int i : idx) {
                double[] x = reports.get(i).position();
                for (int j = 0; j < d; j++) {
                    centroid[j] += x[j];
                }
                calls += reports.get(i).gradientCalls();
            }
            for (int j = 0; j < d; j++) {
                centroid[j] /= idx.size();
            }
            Stats loss = new Stats();
            Stats x1 = new Stats();
            Stats spread = new Stats();
            Stats staleness = new Stats();
            for (int i : idx) {
                Agent.Stepped s = reports.get(i);
                loss.add(s.loss());
                x1.add(s.position()[0]);
                spread.add(RunRecorder.distance(s.position(), centroid));
                staleness.add(s.staleness());
            }
            file.number(round).text(role.getKey()).number(idx.size()).number(calls)
                    .number(loss.mean()).number(loss.min).number(loss.max)
                    .number(x1.mean()).number(x1.min).number(x1.max)
                    .number(spread.mean()).number(spread.min).number(spread.max)
                    .number(staleness.mean()).endRow();
        }
        file.flush();
    }

    /** Mean, min and max of a stream of numbers; NaN propagates, so a NaN loss shows. */
    private static final class Stats {
        private double sum;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private int n;

        void add(double v) {
            sum += v;
            min = Double.isNaN(v) ? v : Math.min(min, v);
            max = Double.isNaN(v) ? v : Math.max(max, v);
            n++;
        }

        double mean() {
            return sum / n;
        }
    }
}
