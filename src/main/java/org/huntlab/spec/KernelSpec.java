package org.huntlab.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.huntlab.interaction.ConstantKernel;
import org.huntlab.interaction.ExponentialKernel;
import org.huntlab.interaction.Kernel;

/** A coupling's {@code kernel:}: the radial profile K(r). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = KernelSpec.ConstantSpec.class, name = "constant"),
    @JsonSubTypes.Type(value = KernelSpec.ExponentialSpec.class, name = "exponential")
})
public sealed interface KernelSpec permits KernelSpec.ConstantSpec, KernelSpec.ExponentialSpec {

    /** The kernel. */
    Kernel build();

    /** K(0), the strength at contact, used to check a hunt can settle (U0 &gt; V0). */
    Double k0();

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
}
