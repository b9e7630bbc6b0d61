package org.huntlab.interaction;

import java.util.List;
import java.util.Objects;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.tokenizer.UnknownFunctionOrVariableException;

/**
 * K(r) = formula(r): a kernel written as a formula of the distance r, e.g. {@code 2*exp(-r/1.5)}.
 *
 * <p>The formula is parsed by exp4j: the usual operators ({@code + - * / ^ %}), its built-in
 * functions ({@code exp}, {@code log}, {@code sqrt}, {@code pow}, {@code abs}, trigonometric
 * and hyperbolic ones, ...) and constants ({@code pi}, {@code e}); the only variable is
 * {@code r}. It is compiled once, then checked to be finite at {@link #PROBES}; a formula that
 * is infinite or undefined elsewhere (e.g. {@code 1/(r-3)} at r = 3) is not caught.
 *
 * <p>This is a class and not a record because it carries its compiled form besides the text;
 * two kernels are equal when their formulas are.
 *
 * @implNote An exp4j {@link Expression} keeps its variable values in a mutable map, so it is not
 *     thread-safe. The compiled prototype is never evaluated; each thread evaluates its own copy
 *     (exp4j's copy constructor, made on first use), so one kernel may serve agents on any
 *     dispatcher threads.
 */
public final class ExpressionKernel implements Kernel {

    /** The only variable a formula may use: the distance. */
    public static final String VARIABLE = "r";

    /** The distances at which a formula must evaluate to a finite number to be accepted. */
    public static final List<Double> PROBES = List.of(0.01, 0.1, 0.5, 1.0, 2.0, 10.0);

    private final String formula;
    private final Expression prototype;
    private final ThreadLocal<Expression> local;

    /**
     * Compiles and checks {@code formula}.
     *
     * @throws IllegalArgumentException whose message starts with "formula", shows the formula
     *     and, where exp4j reports it, the position and token of the problem
     */
    public ExpressionKernel(String formula) {
        this.formula = Objects.requireNonNull(formula, "formula");
        this.prototype = compile(formula);
        this.local = ThreadLocal.withInitial(() -> new Expression(prototype));
        for (double r : PROBES) {
            double k = at(r);
            if (!Double.isFinite(k)) {
                throw new IllegalArgumentException("formula '" + formula + "' is " + k
                        + " at r = " + r + "; a kernel must be finite for r > 0");
            }
        }
    }

    /** The formula as written. */
    public String formula() {
        return formula;
    }

    @Override
    public double at(double r) {
        return local.get().setVariable(VARIABLE, r).evaluate();
    }

    private static Expression compile(String formula) {
        Expression expression;
        try {
            expression = new ExpressionBuilder(formula).variable(VARIABLE).build();
        } catch (UnknownFunctionOrVariableException e) {
            throw new IllegalArgumentException("formula '" + formula + "': unknown function or "
                    + "variable '" + e.getToken() + "' at character " + (e.getPosition() + 1)
                    + "; the only variable is " + VARIABLE);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("formula '" + formula + "': "
                    + problem(e.getMessage()));
        }
        ValidationResult valid = expression.validate(false);
        if (!valid.isValid()) {
            throw new IllegalArgumentException("formula '" + formula + "': "
                    + problem(String.join(", ", valid.getErrors())));
        }
        return expression;
    }

    /** exp4j's words for a syntax error, or a generic one when it gives none. */
    private static String problem(String message) {
        if (message == null || message.isBlank()) {
            return "not a valid formula of r";
        }
        String first = message.lines().findFirst().orElse(message).trim();
        return Character.toLowerCase(first.charAt(0)) + first.substring(1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpressionKernel other && other.formula.equals(formula);
    }

    @Override
    public int hashCode() {
        return formula.hashCode();
    }

    @Override
    public String toString() {
        return "ExpressionKernel[formula=" + formula + "]";
    }
}
