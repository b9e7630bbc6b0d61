package org.huntlab.spec;

/** Checks for spec records: each failure names the field and what is allowed. */
final class Fields {

    private Fields() {
    }

    /** The value, or a "missing required field" error. */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    /** The value or its default when absent. */
    static <T> T orDefault(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** Checks value &gt; 0 and finite. */
    static double positive(double value, String field) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0, got "
                    + value);
        }
        return value;
    }

    /** Checks value ≥ 0 and finite. */
    static double nonNegative(double value, String field) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number ≥ 0, got "
                    + value);
        }
        return value;
    }

    /** Checks value ≥ 1. */
    static long atLeastOne(long value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be ≥ 1, got " + value);
        }
        return value;
    }
}
