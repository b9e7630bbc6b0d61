package org.huntlab.learn;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A binary operation a∘b on the residues mod p, as in the grokking tasks of Power et al. (2022).
 *
 * <p>Division a/b = a·b⁻¹ mod p is defined only for b ≠ 0 and only when p is prime, so that
 * every nonzero b has an inverse; the other operations are defined on all p² pairs.
 */
public enum Operation {

    /** a + b mod p. */
    ADD("add"),
    /** a − b mod p. */
    SUB("sub"),
    /** a·b mod p. */
    MUL("mul"),
    /** a·b⁻¹ mod p for b ≠ 0, p prime. */
    DIV("div"),
    /** a² + b² mod p. */
    SUM_OF_SQUARES("a^2+b^2"),
    /** a² + a·b + b² mod p. */
    QUADRATIC_FORM("a^2+ab+b^2"),
    /** a³ + a·b mod p. */
    CUBE_PLUS_PRODUCT("a^3+ab");

    private final String specName;

    Operation(String specName) {
        this.specName = specName;
    }

    /** The name used in a simulation spec, e.g. {@code add} or {@code a^2+b^2}. */
    public String specName() {
        return specName;
    }

    /** The operation whose spec name is {@code name}; the error lists the allowed names. */
    public static Operation fromName(String name) {
        for (Operation op : values()) {
            if (op.specName.equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation '" + name + "'; allowed: "
                + Arrays.stream(values()).map(Operation::specName)
                        .collect(Collectors.joining(", ")));
    }

    /** True when the pair (a, b) is in the domain: every pair except b = 0 for division. */
    public boolean admits(int b) {
        return this != DIV || b != 0;
    }

    /** True when the operation needs a prime modulus (division needs inverses). */
    public boolean requiresPrimeModulus() {
        return this == DIV;
    }

    /** a∘b mod p for residues 0 ≤ a, b &lt; p, computed in 64-bit arithmetic. */
    public int apply(int a, int b, int p) {
        long x = a;
        long y = b;
        long r = switch (this) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x * inverse(b, p);
            case SUM_OF_SQUARES -> x * x + y * y;
            case QUADRATIC_FORM -> x * x + x * y + y * y;
            case CUBE_PLUS_PRODUCT -> (x * x % p) * x + x * y;
        };
        return (int) Math.floorMod(r, (long) p);
    }

    /** The inverse b⁻¹ mod p by the extended Euclidean algorithm; b and p must be coprime. */
    static long inverse(int b, int p) {
        long oldR = Math.floorMod(b, p);
        long r = p;
        long oldS = 1;
        long s = 0;
        while (r != 0) {
            long q = oldR / r;
            long t = oldR - q * r;
            oldR = r;
            r = t;
            t = oldS - q * s;
            oldS = s;
            s = t;
        }
        if (oldR != 1) {
            throw new ArithmeticException(b + " has no inverse mod " + p);
        }
        return Math.floorMod(oldS, (long) p);
    }
}
