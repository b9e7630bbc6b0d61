package org.huntlab.learn;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * The floating-point type the forward and backward pass run in; parameters and gradients are
 * always handed over as {@code double[]}.
 */
public enum Precision {

    /** 32-bit floats: the fast path, about twice the matrix-multiply rate of doubles. */
    FLOAT(DataType.FLOAT),
    /** 64-bit doubles: for exactness tests such as finite-difference gradient checks. */
    DOUBLE(DataType.DOUBLE);

    private final DataType dataType;

    Precision(DataType dataType) {
        this.dataType = dataType;
    }

    DataType dataType() {
        return dataType;
    }
}
