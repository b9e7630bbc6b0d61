package org.huntlab.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.dynamics.Adam;
import org.huntlab.dynamics.GrokfastFilter;
import org.huntlab.dynamics.LearningRate;
import org.huntlab.dynamics.Momentum;
import org.huntlab.dynamics.Optimizer;
import org.huntlab.dynamics.Sgd;
import org.huntlab.dynamics.Sgld;

/** An agent's {@code optimizer:}: its update rule and hyper-parameters. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OptimizerSpec.SgdSpec.class, name = "sgd"),
    @JsonSubTypes.Type(value = OptimizerSpec.SgldSpec.class, name = "sgld"),
    @JsonSubTypes.Type(value = OptimizerSpec.MomentumSpec.class, name = "momentum"),
    @JsonSubTypes.Type(value = OptimizerSpec.AdamSpec.class, name = "adam"),
    @JsonSubTypes.Type(value = OptimizerSpec.AdamWSpec.class, name = "adamw")
})
public sealed interface OptimizerSpec permits OptimizerSpec.SgdSpec, OptimizerSpec.SgldSpec,
        OptimizerSpec.MomentumSpec, OptimizerSpec.AdamSpec, OptimizerSpec.AdamWSpec {

    /** The default learning rate of every optimizer. */
    double DEFAULT_LR = 0.01;

    /** A fresh optimizer for {@code dimension} parameters drawing noise from {@code rng}. */
    Optimizer build(int dimension, UniformRandomProvider rng);

    /**
     * {@code sgd}: x ← x − lr·(∇f + weightDecay·x).
     *
     * @param lr learning rate (default 0.01)
     * @param weightDecay L2 weight decay (default 0)
     * @param warmup linear warm-up steps (default 0)
     * @param filter an optional Grokfast gradient filter
     */
    record SgdSpec(Double lr, Double weightDecay, Long warmup, FilterSpec filter)
            implements OptimizerSpec {

        /** Fills defaults and checks ranges. */
        public SgdSpec {
            lr = Fields.positive(Fields.orDefault(lr, DEFAULT_LR), "lr");
            weightDecay = Fields.nonNegative(Fields.orDefault(weightDecay, 0.0), "weightDecay");
            warmup = (long) Fields.nonNegative(Fields.orDefault(warmup, 0L), "warmup");
        }

        @Override
        public Optimizer build(int dimension, UniformRandomProvider rng) {
            return FilterSpec.wrap(filter, new Sgd(new LearningRate(lr, warmup), weightDecay),
                    dimension);
        }
    }

    /**
     * {@code sgld}: x ← x − lr·∇f + √(2·lr·temperature)·ξ.
     *
     * @param lr step α (default 0.01)
     * @param temperature θ of the sampled Gibbs law e^(−f/θ) (default 0.1)
     */
    record SgldSpec(Double lr, Double temperature) implements OptimizerSpec {

        /** Fills defaults and checks ranges. */
        public SgldSpec {
            lr = Fields.positive(Fields.orDefault(lr, DEFAULT_LR), "lr");
            temperature = Fields.nonNegative(Fields.orDefault(temperature, 0.1), "temperature");
        }

        @Override
        public Optimizer build(int dimension, UniformRandomProvider rng) {
            return new Sgld(lr, temperature, rng);
        }
    }

    /**
     * {@code momentum}: heavy ball, v ← μ·v + ∇f + weightDecay·x; x ← x − lr·v.
     *
     * @param lr learning rate (default 0.01)
     * @param momentum μ in [0, 1) (default 0.9)
     * @param weightDecay L2 weight decay (default 0)
     * @param warmup linear warm-up steps (default 0)
     * @param filter an optional Grokfast gradient filter
     */
    record MomentumSpec(Double lr, Double momentum, Double weightDecay, Long warmup,
                        FilterSpec filter) implements OptimizerSpec {

        /** Fills defaults and checks ranges. */
        public MomentumSpec {
            lr = Fields.positive(Fields.orDefault(lr, DEFAULT_LR), "lr");
            momentum = Fields.orDefault(momentum, 0.9);
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException("momentum must be in [0, 1), got "
                        + momentum);
            }
            weightDecay = Fields.nonNegative(Fields.orDefault(weightDecay, 0.0), "weightDecay");
            warmup = (long) Fields.nonNegative(Fields.orDefault(warmup, 0L), "warmup");
        }

        @Override
        public Optimizer build(int dimension, UniformRandomProvider rng) {
            return FilterSpec.wrap(filter, new Momentum(dimension, new LearningRate(lr, warmup),
                    momentum, weightDecay), dimension);
        }
    }

    /**
     * {@code adam}: Adam with L2 weight decay added to the gradient.
     *
     * @param lr learning rate (default 1e-3)
     * @param betas β1, β2 (default [0.9, 0.98], as in Power et al.)
     * @param epsilon ε (default 1e-8)
     * @param weightDecay L2 weight decay (default 0)
     * @param warmup linear warm-up steps (default 0)
     * @param filter an optional Grokfast gradient filter
     */
    record AdamSpec(Double lr, List<Double> betas, Double epsilon, Double weightDecay,
                    Long warmup, FilterSpec filter) implements OptimizerSpec {

        /** Fills defaults and checks ranges. */
        public AdamSpec {
            lr = Fields.positive(Fields.orDefault(lr, ADAM_LR), "lr");
            betas = checkBetas(betas);
            epsilon = Fields.positive(Fields.orDefault(epsilon, Adam.DEFAULT_EPSILON), "epsilon");
            weightDecay = Fields.nonNegative(Fields.orDefault(weightDecay, 0.0), "weightDecay");
            warmup = (long) Fields.nonNegative(Fields.orDefault(warmup, 0L), "warmup");
        }

        @Override
        public Optimizer build(int dimension, UniformRandomProvider rng) {
            return FilterSpec.wrap(filter, new Adam(dimension, new LearningRate(lr, warmup),
                    betas.get(0), betas.get(1), epsilon, weightDecay, false), dimension);
        }
    }

    /**
     * {@code adamw}: Adam with decoupled weight decay x ← x·(1 − lr·weightDecay).
     *
     * @param lr learning rate (default 1e-3)
     * @param betas β1, β2 (default [0.9, 0.98])
     * @param epsilon ε (default 1e-8)
     * @param weightDecay decoupled weight decay λ (default 0.01)
     * @param warmup linear warm-up steps (default 0)
     * @param filter an optional Grokfast gradient filter
     */
    record AdamWSpec(Double lr, List<Double> betas, Double epsilon, Double weightDecay,
                     Long warmup, FilterSpec filter) implements OptimizerSpec {

        /** Fills defaults and checks ranges. */
        public AdamWSpec {
            lr = Fields.positive(Fields.orDefault(lr, ADAM_LR), "lr");
            betas = checkBetas(betas);
            epsilon = Fields.positive(Fields.orDefault(epsilon, Adam.DEFAULT_EPSILON), "epsilon");
            weightDecay = Fields.nonNegative(Fields.orDefault(weightDecay, ADAMW_DECAY),
                    "weightDecay");
            warmup = (long) Fields.nonNegative(Fields.orDefault(warmup, 0L), "warmup");
        }

        @Override
        public Optimizer build(int dimension, UniformRandomProvider rng) {
            return FilterSpec.wrap(filter, new Adam(dimension, new LearningRate(lr, warmup),
                    betas.get(0), betas.get(1), epsilon, weightDecay, true), dimension);
        }
    }

    /**
     * An optimizer's {@code filter:}: {@code {type: ema, alpha: 0.98, lambda: 2.0}}, the
     * Grokfast-EMA filter g ← g + λ·EMA_α(g).
     *
     * @param type only {@code ema}
     * @param alpha the EMA decay in [0, 1) (default 0.98)
     * @param lambda the gain ≥ 0 (default 2)
     */
    record FilterSpec(String type, Double alpha, Double lambda) {

        /** Fills defaults and checks ranges. */
        public FilterSpec {
            type = Fields.orDefault(type, "ema");
            if (!type.equals("ema")) {
                throw new IllegalArgumentException("type: unknown filter '" + type
                        + "'; allowed: ema");
            }
            alpha = Fields.orDefault(alpha, 0.98);
            if (!(alpha >= 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be in [0, 1), got " + alpha);
            }
            lambda = Fields.nonNegative(Fields.orDefault(lambda, 2.0), "lambda");
        }

        static Optimizer wrap(FilterSpec filter, Optimizer inner, int dimension) {
            return filter == null ? inner
                    : new GrokfastFilter(inner, dimension, filter.alpha(), filter.lambda());
        }
    }

    /** The default learning rate of Adam and AdamW. */
    double ADAM_LR = 1e-3;

    /** The default decoupled weight decay of AdamW (PyTorch's). */
    double ADAMW_DECAY = 0.01;

    private static List<Double> checkBetas(List<Double> betas) {
        List<Double> b = Fields.orDefault(betas, List.of(Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2));
        if (b.size() != 2 || b.stream().anyMatch(v -> v == null || !(v >= 0 && v < 1))) {
            throw new IllegalArgumentException("betas must be two numbers in [0, 1), got " + b);
        }
        return List.copyOf(b);
    }
}
