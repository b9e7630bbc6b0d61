package org.huntlab.learn;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The training objective on the logits z of a batch of n rows with labels y_i. */
public enum Loss {

    /**
     * Softmax cross-entropy, L = (1/n)·Σ_i [log Σ_c exp(z_ic) − z_i,y_i], evaluated as a
     * log-sum-exp shifted by the row maximum so that large logits do not overflow.
     */
    CROSS_ENTROPY("cross-entropy"),
    /**
     * Squared error against the one-hot label, L = (1/n)·Σ_i Σ_c (z_ic − [c = y_i])²: the
     * mean over rows of the sum over classes (not the mean over all n·p entries).
     */
    MSE("mse");

    private final String specName;

    Loss(String specName) {
        this.specName = specName;
    }

    /** The name used in a simulation spec. */
    public String specName() {
        return specName;
    }

    /** The loss whose spec name is {@code name}; the error lists the allowed names. */
    public static Loss fromName(String name) {
        for (Loss loss : values()) {
            if (loss.specName.equals(name)) {
                return loss;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + name + "'; allowed: "
                + Arrays.stream(values()).map(Loss::specName).collect(Collectors.joining(", ")));
    }
}
