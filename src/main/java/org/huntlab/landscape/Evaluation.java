package org.huntlab.landscape;

/**
 * What an agent reports about its position: train and test loss and accuracy.
 *
 * <p>Quantities a landscape does not define (accuracy on an analytic landscape, anything on a
 * test set that does not exist) are {@code NaN}.
 */
public record Evaluation(double trainLoss, double trainAccuracy, double testLoss,
                         double testAccuracy) {

    /** The metric names a stop condition or a milestone may refer to. */
    public static final java.util.List<String> METRICS =
            java.util.List.of("train-loss", "train-accuracy", "test-loss", "test-accuracy");

    /** An evaluation that knows only the loss f(x), as on an analytic landscape. */
    public static Evaluation ofLoss(double loss) {
        return new Evaluation(loss, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The value of the metric called {@code name} (one of {@link #METRICS}, or "loss"). */
    public double metric(String name) {
        return switch (name) {
            case "loss", "train-loss" -> trainLoss;
            case "train-accuracy" -> trainAccuracy;
            case "test-loss" -> testLoss;
            case "test-accuracy" -> testAccuracy;
            default -> throw new IllegalArgumentException("unknown metric '" + name
                    + "'; allowed: loss, " + String.join(", ", METRICS));
        };
    }

    /** True when any defined quantity is NaN or infinite where the loss is defined. */
    public boolean isFinite() {
        return Double.isFinite(trainLoss);
    }
}
