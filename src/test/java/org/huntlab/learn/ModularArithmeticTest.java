package org.huntlab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModularArithmeticTest {

    @Test
    void everyOperationGivesTheKnownLabel() {
        int p = 7;
        assertEquals(1, Operation.ADD.apply(5, 3, p), "5 + 3 = 8 ≡ 1");
        assertEquals(2, Operation.SUB.apply(5, 3, p), "5 − 3 = 2");
        assertEquals(5, Operation.SUB.apply(3, 5, p), "3 − 5 = −2 ≡ 5");
        assertEquals(1, Operation.MUL.apply(5, 3, p), "5·3 = 15 ≡ 1");
        assertEquals(4, Operation.DIV.apply(5, 3, p), "3·4 = 12 ≡ 5, so 5/3 ≡ 4");
        assertEquals(6, Operation.DIV.apply(1, 6, p), "6·6 = 36 ≡ 1, so 1/6 ≡ 6");
        assertEquals(6, Operation.SUM_OF_SQUARES.apply(5, 3, p), "25 + 9 = 34 ≡ 6");
        assertEquals(0, Operation.QUADRATIC_FORM.apply(5, 3, p), "25 + 15 + 9 = 49 ≡ 0");
        assertEquals(0, Operation.CUBE_PLUS_PRODUCT.apply(5, 3, p), "125 + 15 = 140 ≡ 0");
        assertEquals(96, Operation.SUB.apply(0, 1, 97), "0 − 1 ≡ 96 mod 97");
    }

    @Test
    void divisionInvertsMultiplicationOnEveryPair() {
        int p = 97;
        for (int a = 0; a < p; a++) {
            for (int b = 1; b < p; b++) {
                int q = Operation.DIV.apply(a, b, p);
                assertEquals(a, Operation.MUL.apply(q, b, p), a + "/" + b + " = " + q);
            }
        }
    }

    @Test
    void largeModulusDoesNotOverflow() {
        int p = ModularArithmetic.MAX_MODULUS - 1;
        long a = p - 1;
        assertEquals((int) ((a * a % p * a + a * a) % p),
                Operation.CUBE_PLUS_PRODUCT.apply(p - 1, p - 1, p));
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void splitIsDisjointCoversAllPairsAndRespectsTheFraction(Operation op) {
        int p = 13;
        double fraction = 0.3;
        ModularArithmetic data = new ModularArithmetic(p, op, fraction, 11);
        int pairs = op == Operation.DIV ? p * (p - 1) : p * p;
        assertEquals(pairs, data.train().size() + data.test().size());
        assertEquals(Math.rint(fraction * pairs), data.train().size());

        int[] seen = new int[p * p];
        for (Examples part : new Examples[] {data.train(), data.test()}) {
            int[] a = part.a();
            int[] b = part.b();
            int[] y = part.labels();
            for (int i = 0; i < part.size(); i++) {
                seen[a[i] * p + b[i]]++;
                assertEquals(op.apply(a[i], b[i], p), y[i]);
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                assertEquals(op.admits(b) ? 1 : 0, seen[a * p + b], "pair " + a + ", " + b);
            }
        }
    }

    @Test
    void sameSeedGivesSameSplitAndAnotherSeedAnother() {
        ModularArithmetic one = new ModularArithmetic(97, Operation.ADD, 0.5, 42);
        ModularArithmetic same = new ModularArithmetic(97, Operation.ADD, 0.5, 42);
        ModularArithmetic other = new ModularArithmetic(97, Operation.ADD, 0.5, 43);
        assertTrue(Arrays.equals(one.train().a(), same.train().a())
                && Arrays.equals(one.train().b(), same.train().b()));
        assertFalse(Arrays.equals(one.train().a(), other.train().a())
                && Arrays.equals(one.train().b(), other.train().b()));
        assertEquals(4704, one.train().size(), "0.5 · 97² = 4704.5 rounds half to even");
    }

    @Test
    void divisionByNonPrimeModulusIsRejectedNamingP() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ModularArithmetic(12, Operation.DIV, 0.5, 1));
        assertTrue(e.getMessage().contains("p = 12") && e.getMessage().contains("prime"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN})
    void trainFractionOutsideTheOpenUnitIntervalIsRejected(double fraction) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ModularArithmetic(7, Operation.ADD, fraction, 1));
        assertTrue(e.getMessage().contains("trainFraction"), e.getMessage());
    }

    @Test
    void unknownOperationNameListsTheAllowedOnes() {
        assertEquals(Operation.QUADRATIC_FORM, Operation.fromName("a^2+ab+b^2"));
        var e = assertThrows(IllegalArgumentException.class, () -> Operation.fromName("pow"));
        assertTrue(e.getMessage().contains("add, sub, mul, div"), e.getMessage());
        var loss = assertThrows(IllegalArgumentException.class, () -> Loss.fromName("l1"));
        assertTrue(loss.getMessage().contains("cross-entropy, mse"), loss.getMessage());
    }
}
