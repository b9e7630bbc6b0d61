package org.huntlab.hunt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.huntlab.interaction.ConstantKernel;
import org.huntlab.interaction.ExponentialKernel;
import org.junit.jupiter.api.Test;

class PairTheoryTest {

    @Test
    void balanceOfExponentialAgainstConstantIsSigmaLogRatio() {
        assertEquals(0.4 * Math.log(3 / 0.5), PairTheory.balance(new ExponentialKernel(3, 0.4),
                new ConstantKernel(0.5)), 1e-12);
        assertEquals(Math.log(2), PairTheory.balance(new ExponentialKernel(2, 1),
                new ConstantKernel(1)), 1e-12);
    }

    @Test
    void noBalanceWhenTheChaseIsStrongerAtContact() {
        assertTrue(Double.isNaN(PairTheory.balance(new ExponentialKernel(1, 1),
                new ConstantKernel(1))));
    }
}
