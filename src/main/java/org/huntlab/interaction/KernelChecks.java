package org.huntlab.interaction;

/** Parameter checks shared by the kernels; each message starts with the parameter's name. */
final class KernelChecks {

    private KernelChecks() {
    }

    /** Checks value ≥ 0 and finite. */
    static void nonNegative(double value, String name) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0, got " + value);
        }
    }

    /** Checks value &gt; 0 and finite. */
    static void positive(double value, String name) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
    }
}
