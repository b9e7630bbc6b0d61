package org.huntlab.hunt;

import java.util.ArrayList;
import java.util.List;
import org.huntlab.agent.AgentPlan;
import org.huntlab.interaction.Action;
import org.huntlab.interaction.Coupling;
import org.huntlab.interaction.Kernel;

/**
 * The steady state of a lone prey-predator pair on a flat landscape: where it settles and how
 * fast it runs.
 *
 * <p>The prey flees with U(r), the predator chases with V(r). Their distance obeys
 * dr/dt = U(r) − V(r), so the pair locks at r* with U(r*) = V(r*) (for U = U0·e^(−r/σ) and
 * V = V0: r* = σ·ln(U0/V0)) and then both move at V(r*) per unit time, η·V(r*) per round.
 * Gradients are ignored: the prediction holds where the landscape is flat along the drift.
 *
 * @param prey the fleeing agent
 * @param predator the chasing agent
 * @param distance r*
 * @param speed V(r*), per unit time
 * @param speedPerStep η·V(r*), per round
 */
public record PairTheory(String prey, String predator, double distance, double speed,
                         double speedPerStep) {

    /** The largest distance searched for a balance, in units of the kernels' scales. */
    private static final double SEARCH_LIMIT = 1e6;
    private static final int BISECTIONS = 200;

    /**
     * The predictions for every pair in {@code scheme} where one agent flees exactly one
     * other that chases it back and nothing else acts on either; pairs that never balance
     * (U(0) ≤ V(0)) are left out.
     */
    public static List<PairTheory> of(Scheme scheme) {
        List<PairTheory> out = new ArrayList<>();
        for (AgentPlan prey : scheme.agents()) {
            Coupling flee = single(prey, Action.FLEE);
            if (flee == null) {
                continue;
            }
            AgentPlan predator = scheme.agent(flee.sources().get(0));
            Coupling chase = single(predator, Action.CHASE);
            if (chase == null || !chase.sources().get(0).equals(prey.id())) {
                continue;
            }
            double r = balance(flee.kernel(), chase.kernel());
            if (Double.isNaN(r)) {
                continue;
            }
            double v = chase.kernel().at(r);
            out.add(new PairTheory(prey.id(), predator.id(), r, v,
                    v * scheme.interactionStep()));
        }
        return out;
    }

    private static Coupling single(AgentPlan plan, Action action) {
        if (plan.couplings().size() != 1) {
            return null;
        }
        Coupling c = plan.couplings().get(0);
        return c.action() == action && c.sources().size() == 1 ? c : null;
    }

    /** The r where U(r) = V(r), by bisection; NaN when U(0) ≤ V(0) or no crossing is found. */
    static double balance(Kernel u, Kernel v) {
        double lo = 0;
        if (!(u.at(lo) > v.at(lo))) {
            return Double.NaN;
        }
        double hi = 1;
        while (u.at(hi) > v.at(hi)) {
            hi *= 2;
            if (hi > SEARCH_LIMIT) {
                return Double.NaN;
            }
        }
        for (int i = 0; i < BISECTIONS && hi - lo > Math.ulp(hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (u.at(mid) > v.at(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
