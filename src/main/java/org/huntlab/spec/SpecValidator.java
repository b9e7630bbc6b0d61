package org.huntlab.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.huntlab.interaction.Action;
import org.huntlab.landscape.Landscape;

/**
 * Checks what no single section can: references between agents and couplings, dimensions,
 * and settings under which a hunt cannot settle (those are warnings, not errors).
 */
final class SpecValidator {

    private final SimulationSpec spec;
    private final BiFunction<String, String, SpecException> error;

    SpecValidator(SimulationSpec spec, BiFunction<String, String, SpecException> error) {
        this.spec = spec;
        this.error = error;
    }

    /** Throws the first error found; returns the warnings. */
    List<String> validate() {
        Landscape built = buildLandscape();
        int dimension = built.dimension();
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        List<AgentSpec> agents = spec.agents();
        for (int i = 0; i < agents.size(); i++) {
            entries.putIfAbsent(agents.get(i).id(), i);
            for (String id : agents.get(i).memberIds()) {
                if (index.putIfAbsent(id, i) != null) {
                    throw error.apply("agents[" + i + "].id", "duplicate agent id '" + id
                            + "'; ids must be unique (an entry with count N has the ids "
                            + "ID-1 to ID-N)");
                }
            }
        }
        for (int i = 0; i < agents.size(); i++) {
            var init = agents.get(i).init();
            if (init.position() != null && init.position().size() != dimension) {
                throw error.apply("agents[" + i + "].init.position", "has "
                        + init.position().size() + " coordinates; the landscape has dimension "
                        + dimension);
            }
            if (init.from() != null && !index.containsKey(init.from())
                    && !entries.containsKey(init.from())) {
                throw error.apply("agents[" + i + "].init.from", "unknown agent '"
                        + init.from() + "'; agents: " + names(index.keySet()));
            }
            if (init.from() != null && !index.containsKey(init.from())) {
                AgentSpec from = agents.get(entries.get(init.from()));
                if (!from.count().equals(agents.get(i).count())) {
                    throw error.apply("agents[" + i + "].init.from", "'" + init.from()
                            + "' stands for " + from.count() + " agents; only an entry with "
                            + "the same count can start from it (member k from member k), "
                            + "or name one member, e.g. " + from.memberId(1));
                }
            }
        }
        checkInitCycles(entries, index);
        for (int i = 0; i < agents.size(); i++) {
            var placement = agents.get(i).placement();
            if (placement != null && !index.containsKey(placement.from())) {
                throw error.apply("agents[" + i + "].placement.from", "unknown agent '"
                        + placement.from() + "'; agents: " + names(index.keySet()));
            }
            if (placement != null && placement.from().equals(agents.get(i).id())) {
                throw error.apply("agents[" + i + "].placement.from", "an agent cannot be "
                        + "placed next to itself");
            }
            if (placement != null && placement.atRound() == 0
                    && Double.isNaN(built.evaluate(new double[dimension]).trainAccuracy())) {
                throw error.apply("agents[" + i + "].placement.at", "'memorized' needs a "
                        + "landscape with an accuracy (a learned one); give a round ≥ 1");
            }
        }
        if (spec.schedule().modeValue() == org.huntlab.hunt.ScheduleMode.ASYNC) {
            boolean placed = agents.stream().anyMatch(a -> a.placement() != null);
            if (placed || spec.interaction().connectedMoments()) {
                throw error.apply("schedule.mode", "async takes neither placements nor "
                        + "interaction.connectedMoments (they need the lockstep barrier); "
                        + "use mode: lockstep");
            }
        }
        if (spec.interaction().connectedMoments()) {
            for (int i = 0; i < agents.size(); i++) {
                OptimizerSpec o = agents.get(i).optimizer();
                boolean adam = o instanceof OptimizerSpec.AdamSpec
                        || o instanceof OptimizerSpec.AdamWSpec;
                String member = agents.get(i).memberIds().get(0);
                if (!adam && !spec.connected(member).isEmpty()) {
                    throw error.apply("agents[" + i + "].optimizer.type", "connected moments "
                            + "(interaction.connectedMoments) need adam or adamw");
                }
            }
        }
        for (int j = 0; j < spec.couplings().size(); j++) {
            CouplingSpec c = spec.couplings().get(j);
            checkEnd("couplings[" + j + "].target", c.target(), index);
            checkEnd("couplings[" + j + "].source", c.source(), index);
            List<String> targets = spec.resolve(c.target());
            List<String> sources = spec.resolve(c.source());
            if (c.pairwise() && targets.size() != sources.size()) {
                throw error.apply("couplings[" + j + "].pairwise", "pairs the k-th target "
                        + "with the k-th source, but the target names " + targets.size()
                        + " agents and the source " + sources.size());
            }
            if (sources.size() == 1 && targets.equals(sources)) {
                throw error.apply("couplings[" + j + "].source", "agent '" + sources.get(0)
                        + "' cannot react to itself");
            }
        }
        if (spec.stop() != null && !spec.stop().metric().equals("loss")
                && !spec.stop().metric().equals("train-loss")
                && Double.isNaN(built.evaluate(new double[dimension])
                .metric(spec.stop().metric()))) {
            throw error.apply("stop.metric", "this landscape has no " + spec.stop().metric()
                    + "; allowed here: loss, train-loss");
        }
        if (spec.stop() != null && !index.containsKey(spec.stop().agent())) {
            throw error.apply("stop.agent", "unknown agent '" + spec.stop().agent()
                    + "'; agents: " + names(index.keySet()));
        }
        return warnings();
    }

    private Landscape buildLandscape() {
        try {
            return spec.landscape().build(spec.seed());
        } catch (IllegalArgumentException e) {
            String problem = e.getMessage();
            String field = problem == null ? "" : problem.split("[ :]", 2)[0];
            boolean named = Set.of(spec.landscape().getClass().getRecordComponents()).stream()
                    .anyMatch(c -> c.getName().equals(field));
            throw error.apply(named ? "landscape." + field : "landscape", problem);
        }
    }

    private void checkInitCycles(Map<String, Integer> index, Map<String, Integer> members) {
        for (AgentSpec a : spec.agents()) {
            Set<String> seen = new HashSet<>();
            AgentSpec at = a;
            while (at.init().from() != null) {
                if (!seen.add(at.id())) {
                    throw error.apply("agents[" + index.get(a.id()) + "].init.from",
                            "init.from forms a cycle through '" + a.id() + "'");
                }
                String from = at.init().from();
                at = spec.agents().get(index.getOrDefault(from, members.get(from)));
            }
        }
    }

    private void checkEnd(String path, String end, Map<String, Integer> index) {
        if (spec.resolve(end).isEmpty()) {
            if (end.startsWith(SimulationSpec.ROLE_PREFIX)) {
                Set<String> roles = new java.util.TreeSet<>();
                spec.agents().forEach(a -> roles.add(a.role()));
                throw error.apply(path, "no agent has role '"
                        + end.substring(SimulationSpec.ROLE_PREFIX.length()) + "'; roles: "
                        + String.join(", ", roles));
            }
            throw error.apply(path, "unknown agent '" + end + "'; agents: "
                    + names(index.keySet()) + " (or role:NAME)");
        }
    }

    /** The ids for a message, shortened after the first few (a swarm has thousands). */
    private static String names(java.util.Collection<String> ids) {
        int shown = 12;
        String head = String.join(", ", ids.stream().limit(shown).toList());
        return ids.size() <= shown ? head : head + ", … (" + ids.size() + " in all)";
    }

    /** A hunt settles only when the prey flees harder at contact than the predator chases. */
    private List<String> warnings() {
        List<String> out = new ArrayList<>();
        List<CouplingSpec> cs = spec.couplings();
        for (int i = 0; i < cs.size(); i++) {
            CouplingSpec flee = cs.get(i);
            if (flee.actionValue() != Action.FLEE) {
                continue;
            }
            for (int j = 0; j < cs.size(); j++) {
                CouplingSpec chase = cs.get(j);
                if (chase.actionValue() == Action.CHASE
                        && overlaps(flee.target(), chase.source())
                        && overlaps(flee.source(), chase.target())
                        && flee.kernel().contact() <= chase.kernel().contact()) {
                    out.add("couplings[" + i + "] and couplings[" + j + "]: the flee strength U0 = "
                            + flee.kernel().contact() + " is not above the chase strength V0 = "
                            + chase.kernel().contact() + ", so the predator catches the prey and "
                            + "the pair does not settle (it needs U0 > V0)");
                }
            }
        }
        if (spec.output().checkpointEvery() > 0) {
            out.add("output.checkpointEvery: checkpoints are not written yet; the setting is "
                    + "ignored");
        }
        return out;
    }

    private boolean overlaps(String a, String b) {
        List<String> left = spec.resolve(a);
        return spec.resolve(b).stream().anyMatch(left::contains);
    }
}
