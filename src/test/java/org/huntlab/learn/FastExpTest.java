package org.huntlab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastExpTest {

    /** Two float roundings (of the argument's product and of the result) ≈ 2·6e-8. */
    private static final double FLOAT_EXP_TOLERANCE = 2e-7;

    @Test
    void fastExpMatchesMathExpToFloatPrecisionDownToUnderflow() {
        double worst = 0;
        for (int i = 0; i <= 2_000_000; i++) {
            float s = (float) (-110.0 * i / 2_000_000);
            double exact = Math.exp(s);
            float fast = FastExp.exp(s);
            if (exact >= Float.MIN_NORMAL) {
                worst = Math.max(worst, Math.abs(fast - exact) / exact);
            } else {
                assertTrue(Math.abs(fast - exact) <= Float.MIN_NORMAL, "s = " + s);
            }
        }
        assertTrue(worst < FLOAT_EXP_TOLERANCE, "worst relative error " + worst);
        assertEquals(1f, FastExp.exp(0f));
        assertEquals(0f, FastExp.exp(Float.NEGATIVE_INFINITY));
        assertTrue(Float.isNaN(FastExp.exp(Float.NaN)));
    }
}
