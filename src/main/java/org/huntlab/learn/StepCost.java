package org.huntlab.learn;

import java.util.List;
import java.util.Locale;

/**
 * What one full-batch gradient step of a learned landscape costs, next to the floor set by the
 * machine's measured matrix-multiply rate: floor = FLOPs / rate, ratio = step / floor.
 *
 * @param model the model measured
 * @param rows the training rows of a full batch
 * @param stepFlops the matrix-multiply FLOPs of one forward and backward pass
 * @param medianStepSeconds the median wall time of one step
 * @param minStepSeconds the fastest step
 * @param gemmRates the measured sgemm rates, the model's own shapes first
 * @param modelGflops the sgemm rate over the model's own gemm shapes, FLOPs / Σ time
 * @param squareGflops the sgemm rate of the square reference product, the machine's best case
 * @param ratio the median over repetitions of step time / floor time measured back to back
 * @param peakResidentBytes the process's peak resident memory (VmHWM), −1 if unknown
 */
public record StepCost(Mlp model, int rows, long stepFlops, double medianStepSeconds,
                       double minStepSeconds, List<GemmRate> gemmRates, double modelGflops,
                       double squareGflops, double ratio, long peakResidentBytes) {

    /** Copies the list. */
    public StepCost {
        gemmRates = List.copyOf(gemmRates);
    }

    /** The floor stepFlops / modelGflops: the step if it were nothing but its own gemms. */
    public double floorSeconds() {
        return stepFlops / (modelGflops * 1e9);
    }

    /** The floor stepFlops / squareGflops: the step's gemms at the best-case rate. */
    public double squareFloorSeconds() {
        return stepFlops / (squareGflops * 1e9);
    }

    /**
     * One measured sgemm: C (m × n) = A (m × k) · B (k × n), its count per step, its rate.
     *
     * @param label what the product computes in the step, or "reference"
     * @param perStep how often the step runs it, 0 for a reference shape
     * @param seconds the median wall time of one product
     */
    public record GemmRate(String label, int m, int n, int k, int perStep, double seconds) {

        /** The rate 2·m·n·k / seconds in GFLOP/s. */
        public double gflops() {
            return 2.0 * m * n * k / seconds / 1e9;
        }
    }

    /** A plain-text table of every number, one per line. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s, %d training rows, %d parameters%n", model,
                rows, model.parameterCount()));
        out.append(String.format(Locale.ROOT, "%-34s %8s %12s %10s%n", "sgemm m×n×k", "per step",
                "time ms", "GFLOP/s"));
        for (GemmRate g : gemmRates) {
            out.append(String.format(Locale.ROOT, "%-34s %8s %12.3f %10.1f%n",
                    g.label() + " " + g.m() + "×" + g.n() + "×" + g.k(),
                    g.perStep() == 0 ? "-" : Integer.toString(g.perStep()), g.seconds() * 1e3,
                    g.gflops()));
        }
        out.append(String.format(Locale.ROOT, "%-34s %23.1f%n", "sgemm rate on model shapes",
                modelGflops));
        out.append(String.format(Locale.ROOT, "%-34s %23.3f%n", "step GFLOP (gemm, analytic)",
                stepFlops / 1e9));
        out.append(String.format(Locale.ROOT, "%-34s %23.2f%n", "floor ms (GFLOP / rate)",
                floorSeconds() * 1e3));
        out.append(String.format(Locale.ROOT, "%-34s %23.2f%n", "median step ms",
                medianStepSeconds * 1e3));
        out.append(String.format(Locale.ROOT, "%-34s %23.2f%n", "fastest step ms",
                minStepSeconds * 1e3));
        out.append(String.format(Locale.ROOT, "%-34s %23.2f%n",
                "step / floor, median (target ≤ 2)", ratio()));
        out.append(String.format(Locale.ROOT, "%-34s %23.2f%n", "median / square-rate floor",
                medianStepSeconds / squareFloorSeconds()));
        out.append(String.format(Locale.ROOT, "%-34s %23s%n", "peak resident memory MiB",
                peakResidentBytes < 0 ? "unknown"
                        : String.format(Locale.ROOT, "%.0f", peakResidentBytes / 1048576.0)));
        return out.toString();
    }
}
