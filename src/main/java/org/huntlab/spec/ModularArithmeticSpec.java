package org.huntlab.spec;

import java.util.List;
import org.huntlab.landscape.Landscape;
import org.huntlab.learn.LearnedLandscape;
import org.huntlab.learn.Loss;
import org.huntlab.learn.Mlp;
import org.huntlab.learn.ModularArithmetic;
import org.huntlab.learn.Operation;
import org.huntlab.learn.Precision;

/**
 * {@code modular-arithmetic}: a network learning a∘b mod p from a fraction of all pairs.
 *
 * @param modulus p (default 97)
 * @param operation add, sub, mul, div or a polynomial (default add)
 * @param trainFraction the share of pairs in the training set, in (0, 1) (default 0.5)
 * @param model the network (default an MLP with embedding 128 and one hidden layer of 256)
 * @param loss cross-entropy or mse (default cross-entropy)
 * @param batch {@code full} or a minibatch size (default full)
 */
public record ModularArithmeticSpec(Integer modulus, String operation, Double trainFraction,
                                    ModelSpec model, String loss, String batch)
        implements LandscapeSpec {

    /** Fills defaults. */
    public ModularArithmeticSpec {
        modulus = Fields.orDefault(modulus, 97);
        operation = Fields.orDefault(operation, "add");
        trainFraction = Fields.orDefault(trainFraction, 0.5);
        model = Fields.orDefault(model, new ModelSpec(null, null, null, null));
        loss = Fields.orDefault(loss, "cross-entropy");
        batch = Fields.orDefault(batch, "full");
        String op = operation;
        String lossName = loss;
        named("operation", () -> Operation.fromName(op));
        named("loss", () -> Loss.fromName(lossName));
        batchSize(batch);
    }

    /**
     * The network: {@code type: mlp} with a shared token embedding and hidden ReLU layers.
     *
     * @param type only {@code mlp} for now
     * @param embedding the embedding width (default 128)
     * @param hidden the hidden layer widths (default [256])
     * @param initScale multiplies every initial weight (default 1)
     */
    public record ModelSpec(String type, Integer embedding, List<Integer> hidden,
                            Double initScale) {

        /** Fills defaults and checks the type. */
        public ModelSpec {
            type = Fields.orDefault(type, "mlp");
            if (!type.equals("mlp")) {
                throw new IllegalArgumentException("type: unknown model '" + type
                        + "'; allowed: mlp");
            }
            embedding = Fields.orDefault(embedding, 128);
            hidden = List.copyOf(Fields.orDefault(hidden, List.of(256)));
            initScale = Fields.orDefault(initScale, 1.0);
        }
    }

    /** Runs {@code check}, prefixing its error with the field name so it is located there. */
    private static void named(String field, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    /** The number of parameters of the network. */
    @Override
    public Integer dimension() {
        return mlp().parameterCount();
    }

    /** The dataset split by {@code seed}, the network and the loss as a landscape. */
    @Override
    public Landscape build(long seed) {
        Operation op = Operation.fromName(operation);
        ModularArithmetic data = new ModularArithmetic(modulus, op, trainFraction, seed);
        return new LearnedLandscape(data, mlp(), Loss.fromName(loss), batchSize(),
                Precision.FLOAT);
    }

    private Mlp mlp() {
        return Mlp.forModulus(modulus, model.embedding(), model.hidden(), model.initScale());
    }

    /** The minibatch size, 0 for the full batch. */
    int batchSize() {
        return batchSize(batch);
    }

    private static int batchSize(String batch) {
        if (batch.equals("full")) {
            return 0;
        }
        try {
            int b = Integer.parseInt(batch);
            if (b >= 1) {
                return b;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed values
        }
        throw new IllegalArgumentException("batch must be 'full' or a whole number ≥ 1, got '"
                + batch + "'");
    }
}
