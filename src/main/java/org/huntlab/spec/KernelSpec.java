package org.huntlab.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.huntlab.interaction.ConstantKernel;
import org.huntlab.interaction.ExponentialKernel;
import org.huntlab.interaction.ExpressionKernel;
import org.huntlab.interaction.GaussianKernel;
import org.huntlab.interaction.Kernel;
import org.huntlab.interaction.MorseKernel;
import org.huntlab.interaction.PowerKernel;
import org.huntlab.interaction.SpringKernel;

/** A coupling's {@code kernel:}: the radial profile K(r). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = KernelSpec.ConstantSpec.class, name = "constant"),
    @JsonSubTypes.Type(value = KernelSpec.ExponentialSpec.class, name = "exponential"),
    @JsonSubTypes.Type(value = KernelSpec.PowerSpec.class, name = "power"),
    @JsonSubTypes.Type(value = KernelSpec.GaussianSpec.class, name = "gaussian"),
    @JsonSubTypes.Type(value = KernelSpec.MorseSpec.class, name = "morse"),
    @JsonSubTypes.Type(value = KernelSpec.SpringSpec.class, name = "spring"),
    @JsonSubTypes.Type(value = KernelSpec.ExpressionSpec.class, name = "expression")
})
public sealed interface KernelSpec permits KernelSpec.ConstantSpec, KernelSpec.ExponentialSpec,
        KernelSpec.PowerSpec, KernelSpec.GaussianSpec, KernelSpec.MorseSpec,
        KernelSpec.SpringSpec, KernelSpec.ExpressionSpec {

    /** The kernel. */
    Kernel build();

    /** K(0), the strength at contact, used to check a hunt can settle (U(0) &gt; V(0)). */
    default double contact() {
        return build().at(0);
    }

    /**
     * {@code constant}: K(r) = k0.
     *
     * @param k0 the strength (default 1)
     */
    record ConstantSpec(Double k0) implements KernelSpec {

        /** Fills defaults and checks ranges. */
        public ConstantSpec {
            k0 = Fields.nonNegative(Fields.orDefault(k0, 1.0), "k0");
        }

        @Override
        public Kernel build() {
            return new ConstantKernel(k0);
        }
    }

    /**
     * {@code exponential}: K(r) = k0·e^(−r/sigma).
     *
     * @param k0 the strength at contact (default 2)
     * @param sigma the range σ &gt; 0 (default 1)
     */
    record ExponentialSpec(Double k0, Double sigma) implements KernelSpec {

        /** Fills defaults and checks ranges. */
        public ExponentialSpec {
            k0 = Fields.nonNegative(Fields.orDefault(k0, 2.0), "k0");
            sigma = Fields.positive(Fields.orDefault(sigma, 1.0), "sigma");
        }

        @Override
        public Kernel build() {
            return new ExponentialKernel(k0, sigma);
        }
    }

    /**
     * {@code power}: K(r) = k0·(r² + softening²)^(−exponent/2), a softened power law.
     *
     * @param k0 the strength K0 ≥ 0 (default 1)
     * @param exponent the decay exponent k &gt; 0 (default 2)
     * @param softening the softening length ε &gt; 0 (default 0.1)
     */
    record PowerSpec(Double k0, Double exponent, Double softening) implements KernelSpec {

        /** Fills defaults and checks ranges. */
        public PowerSpec {
            k0 = Fields.nonNegative(Fields.orDefault(k0, 1.0), "k0");
            exponent = Fields.positive(Fields.orDefault(exponent, 2.0), "exponent");
            softening = Fields.positive(Fields.orDefault(softening, 0.1), "softening");
        }

        @Override
        public Kernel build() {
            return new PowerKernel(k0, exponent, softening);
        }
    }

    /**
     * {@code gaussian}: K(r) = k0·e^(−r²/(2·sigma²)).
     *
     * @param k0 the strength at contact K0 ≥ 0 (default 1)
     * @param sigma the range σ &gt; 0 (default 1)
     */
    record GaussianSpec(Double k0, Double sigma) implements KernelSpec {

        /** Fills defaults and checks ranges. */
        public GaussianSpec {
            k0 = Fields.nonNegative(Fields.orDefault(k0, 1.0), "k0");
            sigma = Fields.positive(Fields.orDefault(sigma, 1.0), "sigma");
        }

        @Override
        public Kernel build() {
            return new GaussianKernel(k0, sigma);
        }
    }

    /**
     * {@code morse}: K(r) = k0·(e^(−2a(r−r0)) − e^(−a(r−r0))), signed: with {@code flee}
     * it repels inside r0 and attracts outside, so agents keep the distance r0.
     *
     * @param k0 the strength K0 ≥ 0 (default 1)
     * @param a the inverse width a &gt; 0 (default 1)
     * @param r0 the preferred distance r0 ≥ 0 (default 1)
     */
    record MorseSpec(Double k0, Double a, Double r0) implements KernelSpec {

        /** Fills defaults and checks ranges. */
        public MorseSpec {
            k0 = Fields.nonNegative(Fields.orDefault(k0, 1.0), "k0");
            a = Fields.positive(Fields.orDefault(a, 1.0), "a");
            r0 = Fields.nonNegative(Fields.orDefault(r0, 1.0), "r0");
        }

        @Override
        public Kernel build() {
            return new MorseKernel(k0, a, r0);
        }
    }

    /**
     * {@code spring}: K(r) = k·(r − r0), signed; with {@code chase} and r0 = 0 a Hookean pull.
     *
     * @param k the stiffness k ≥ 0 (default 1)
     * @param r0 the rest length r0 ≥ 0 (default 0)
     */
    record SpringSpec(Double k, Double r0) implements KernelSpec {

        /** Fills defaults and checks ranges. */
        public SpringSpec {
            k = Fields.nonNegative(Fields.orDefault(k, 1.0), "k");
            r0 = Fields.nonNegative(Fields.orDefault(r0, 0.0), "r0");
        }

        @Override
        public Kernel build() {
            return new SpringKernel(k, r0);
        }
    }

    /**
     * {@code expression}: K(r) = formula(r), e.g. {@code "2*exp(-r/1.5)"}, parsed by exp4j.
     *
     * <p>The formula is compiled and probed when the spec loads, so a bad one fails there; each
     * {@link #build()} compiles it again for the agent that will use it.
     *
     * @param formula a formula of the variable r (required)
     */
    record ExpressionSpec(String formula) implements KernelSpec {

        /** Checks the formula compiles and is finite at a few r. */
        public ExpressionSpec {
            Fields.required(formula, "formula");
            new ExpressionKernel(formula);
        }

        @Override
        public Kernel build() {
            return new ExpressionKernel(formula);
        }
    }
}
