package org.huntlab.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.huntlab.landscape.DoubleWell;
import org.huntlab.landscape.Landscape;
import org.huntlab.landscape.Quadratic;
import org.huntlab.landscape.Ravine;
import org.huntlab.landscape.Rosenbrock;

/** The {@code landscape:} section: which potential the agents walk on. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LandscapeSpec.RavineSpec.class, name = "ravine"),
    @JsonSubTypes.Type(value = LandscapeSpec.DoubleWellSpec.class, name = "double-well"),
    @JsonSubTypes.Type(value = LandscapeSpec.RosenbrockSpec.class, name = "rosenbrock"),
    @JsonSubTypes.Type(value = LandscapeSpec.QuadraticSpec.class, name = "quadratic"),
    @JsonSubTypes.Type(value = ModularArithmeticSpec.class, name = "modular-arithmetic")
})
public sealed interface LandscapeSpec permits LandscapeSpec.RavineSpec,
        LandscapeSpec.DoubleWellSpec, LandscapeSpec.RosenbrockSpec, LandscapeSpec.QuadraticSpec,
        ModularArithmeticSpec {

    /** The landscape this section describes; {@code seed} seeds any data split. */
    Landscape build(long seed);

    /** The number of coordinates of a point. */
    Integer dimension();

    /**
     * {@code ravine}: f(x) = slope·x1 + (stiffness/2)·(x2² + … + xd²).
     *
     * @param dimension d ≥ 2 (default 2)
     * @param stiffness curvature across the valley (default 10)
     * @param slope gradient along it (default 0: flat bottom)
     */
    record RavineSpec(Integer dimension, Double stiffness, Double slope)
            implements LandscapeSpec {

        /** Fills defaults. */
        public RavineSpec {
            dimension = Fields.orDefault(dimension, 2);
            stiffness = Fields.orDefault(stiffness, 10.0);
            slope = Fields.orDefault(slope, 0.0);
        }

        @Override
        public Landscape build(long seed) {
            return new Ravine(dimension, stiffness, slope);
        }
    }

    /**
     * {@code double-well}: f(x) = barrier·((x1/separation)² − 1)² + ½·(x2² + … + xd²).
     *
     * @param dimension d ≥ 1 (default 1)
     * @param barrier ΔE (default 1)
     * @param separation position of the minima (default 1)
     */
    record DoubleWellSpec(Integer dimension, Double barrier, Double separation)
            implements LandscapeSpec {

        /** Fills defaults. */
        public DoubleWellSpec {
            dimension = Fields.orDefault(dimension, 1);
            barrier = Fields.orDefault(barrier, 1.0);
            separation = Fields.orDefault(separation, 1.0);
        }

        @Override
        public Landscape build(long seed) {
            return new DoubleWell(dimension, barrier, separation);
        }
    }

    /**
     * {@code rosenbrock}: Σ 100·(x_{i+1} − x_i²)² + (1 − x_i)².
     *
     * @param dimension d ≥ 2 (default 2)
     */
    record RosenbrockSpec(Integer dimension) implements LandscapeSpec {

        /** Fills defaults. */
        public RosenbrockSpec {
            dimension = Fields.orDefault(dimension, 2);
        }

        @Override
        public Landscape build(long seed) {
            return new Rosenbrock(dimension);
        }
    }

    /**
     * {@code quadratic}: f(x) = (scale/2)·|x|².
     *
     * @param dimension d ≥ 1 (default 2)
     * @param scale the curvature (default 1)
     */
    record QuadraticSpec(Integer dimension, Double scale) implements LandscapeSpec {

        /** Fills defaults. */
        public QuadraticSpec {
            dimension = Fields.orDefault(dimension, 2);
            scale = Fields.orDefault(scale, 1.0);
        }

        @Override
        public Landscape build(long seed) {
            return new Quadratic(dimension, scale);
        }
    }
}
