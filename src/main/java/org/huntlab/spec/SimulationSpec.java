package org.huntlab.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.UnitSphereSampler;
import org.huntlab.agent.AgentPlan;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.hunt.Placement;
import org.huntlab.hunt.Scheme;
import org.huntlab.hunt.StopCondition;
import org.huntlab.interaction.Coupling;
import org.huntlab.landscape.Landscape;
import org.huntlab.spec.RunSections.InteractionSpec;
import org.huntlab.spec.RunSections.OutputSpec;
import org.huntlab.spec.RunSections.ScheduleSpec;
import org.huntlab.spec.RunSections.StopSpec;

/**
 * A whole simulation spec as written in {@code simulations/*.yaml}, with defaults filled in.
 *
 * @param name the run's name (default "run")
 * @param seed the run seed (default 1)
 * @param landscape the potential
 * @param agents the agents, at least one
 * @param couplings who reacts to whom (default none)
 * @param interaction the interaction step η
 * @param schedule rounds and evaluations
 * @param stop an optional early stop (null for none)
 * @param output where results go
 */
public record SimulationSpec(String name, Long seed, LandscapeSpec landscape,
                             List<AgentSpec> agents, List<CouplingSpec> couplings,
                             InteractionSpec interaction, ScheduleSpec schedule, StopSpec stop,
                             OutputSpec output) {

    /** The prefix that makes a coupling end name every agent of a role. */
    public static final String ROLE_PREFIX = "role:";

    /** Fills defaults. */
    public SimulationSpec {
        name = Fields.orDefault(name, "run");
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("name must use letters, digits, '.', '-' and '_'"
                    + " (it names a folder), got '" + name + "'");
        }
        seed = Fields.orDefault(seed, 1L);
        Fields.required(landscape, "landscape");
        Fields.required(agents, "agents");
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("agents: at least one agent is needed");
        }
        agents = List.copyOf(agents);
        couplings = List.copyOf(Fields.orDefault(couplings, List.of()));
        interaction = Fields.orDefault(interaction, new InteractionSpec(null, null, null, null));
        schedule = Fields.orDefault(schedule, new ScheduleSpec(null, null, null));
        output = Fields.orDefault(output, new OutputSpec(null, null));
    }

    /**
     * Every agent, with each counted entry expanded into its members ID-1 to ID-N (no count,
     * same role, optimizer and init); a member's {@code init.from} naming a counted entry of
     * the same count becomes that entry's member of the same number.
     */
    public List<AgentSpec> members() {
        Map<String, Integer> counts = new HashMap<>();
        agents.forEach(a -> counts.put(a.id(), a.count()));
        List<AgentSpec> out = new ArrayList<>();
        for (AgentSpec a : agents) {
            if (a.count() == null) {
                out.add(a);
                continue;
            }
            String from = a.init().from();
            boolean matched = from != null && a.count().equals(counts.get(from));
            for (int k = 1; k <= a.count(); k++) {
                AgentSpec.InitSpec init = matched ? new AgentSpec.InitSpec(null,
                        from + "-" + k, a.init().offset()) : a.init();
                out.add(new AgentSpec(a.memberId(k), a.role(), a.optimizer(), init, null));
            }
        }
        return out;
    }

    /**
     * The ids of the agents an end of a coupling names, in agent order (may be empty): an
     * agent id, the id of a counted entry (all its members) or {@code role:NAME}.
     */
    public List<String> resolve(String end) {
        if (end.startsWith(ROLE_PREFIX)) {
            String role = end.substring(ROLE_PREFIX.length());
            List<String> ids = new ArrayList<>();
            agents.stream().filter(a -> a.role().equals(role))
                    .forEach(a -> ids.addAll(a.memberIds()));
            return ids;
        }
        for (AgentSpec a : agents) {
            if (a.id().equals(end)) {
                return a.memberIds();
            }
            if (a.count() != null && end.startsWith(a.id() + "-")
                    && a.memberIds().contains(end)) {
                return List.of(end);
            }
        }
        return List.of();
    }

    /** The runnable scheme: landscape built, starts drawn, couplings resolved to ids. */
    public Scheme toScheme() {
        Landscape built = landscape.build(seed);
        List<AgentSpec> members = members();
        Map<String, double[]> starts = startingPoints(built, members);
        List<List<String>> targetsOf = new ArrayList<>();
        List<List<String>> sourcesOf = new ArrayList<>();
        for (CouplingSpec c : couplings) {
            targetsOf.add(resolve(c.target()));
            sourcesOf.add(resolve(c.source()));
        }
        List<AgentPlan> plans = new ArrayList<>();
        for (AgentSpec a : members) {
            List<Coupling> mine = new ArrayList<>();
            for (int j = 0; j < couplings.size(); j++) {
                CouplingSpec c = couplings.get(j);
                int at = targetsOf.get(j).indexOf(a.id());
                if (at < 0) {
                    continue;
                }
                List<String> named = c.pairwise() ? List.of(sourcesOf.get(j).get(at))
                        : sourcesOf.get(j);
                List<String> sources = named.stream().filter(s -> !s.equals(a.id())).toList();
                if (!sources.isEmpty()) {
                    mine.add(new Coupling(sources, c.actionValue(), c.kernel().build(),
                            c.aggregationValue(), c.nearestValue(), c.withinValue()));
                }
            }
            OptimizerSpec optimizer = a.optimizer();
            int d = built.dimension();
            List<String> group = interaction.connectedMoments() ? connected(a.id()) : List.of();
            plans.add(new AgentPlan(a.id(), a.role(), starts.get(a.id()),
                    rng -> optimizer.build(d, rng), mine, group, a.placement() != null));
        }
        List<Placement> placements = members.stream().filter(a -> a.placement() != null)
                .map(a -> new Placement(a.id(), a.placement().from(), a.placement().scale(),
                        a.placement().offset(), a.placement().atRound(), a.placement().every(),
                        a.placement().memorized(), a.placement().lag()))
                .toList();
        Optional<StopCondition> stopCondition = Optional.ofNullable(stop).map(s ->
                new StopCondition(s.agent(), s.metric(),
                        s.atLeast() == null ? Double.NaN : s.atLeast(),
                        s.atMost() == null ? Double.NaN : s.atMost()));
        return new Scheme(name, seed, built, plans, interaction.rule(), schedule.maxSteps(),
                schedule.evalEvery(), stopCondition, placements, schedule.modeValue());
    }

    /**
     * The agents linked to {@code id} through couplings (either way, transitively), itself
     * included, in agent order; a lone agent gets an empty group.
     */
    public List<String> connected(String id) {
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(id));
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String at = todo.pop();
            for (CouplingSpec c : couplings) {
                List<String> targets = resolve(c.target());
                List<String> sources = resolve(c.source());
                List<String> linked = targets.contains(at) ? sources
                        : sources.contains(at) ? targets : List.of();
                if (c.pairwise() && !linked.isEmpty()) {
                    int k = targets.contains(at) ? targets.indexOf(at) : sources.indexOf(at);
                    linked = List.of(linked.get(k));
                }
                for (String other : linked) {
                    if (seen.add(other)) {
                        todo.push(other);
                    }
                }
            }
        }
        List<String> group = members().stream().map(AgentSpec::id).filter(seen::contains)
                .toList();
        return group.size() > 1 ? group : List.of();
    }

    private Map<String, double[]> startingPoints(Landscape built, List<AgentSpec> members) {
        Map<String, AgentSpec> byId = new LinkedHashMap<>();
        members.forEach(a -> byId.put(a.id(), a));
        Map<String, double[]> starts = new HashMap<>();
        for (AgentSpec a : members) {
            start(a, byId, built, starts, new ArrayList<>());
        }
        return starts;
    }

    private double[] start(AgentSpec a, Map<String, AgentSpec> byId, Landscape built,
                           Map<String, double[]> starts, List<String> chain) {
        double[] known = starts.get(a.id());
        if (known != null) {
            return known;
        }
        if (chain.contains(a.id())) {
            throw new IllegalStateException("init.from forms a cycle: "
                    + String.join(" → ", chain) + " → " + a.id());
        }
        chain.add(a.id());
        UniformRandomProvider rng = RandomStreams.stream(seed, "init/" + a.id());
        AgentSpec.InitSpec init = a.init();
        double[] x;
        if (init.position() != null) {
            x = init.position().stream().mapToDouble(Double::doubleValue).toArray();
        } else if (init.from() != null) {
            double[] origin = start(byId.get(init.from()), byId, built, starts, chain);
            x = origin.clone();
            if (init.offset() > 0) {
                double[] u = UnitSphereSampler.of(rng, x.length).sample();
                for (int i = 0; i < x.length; i++) {
                    x[i] += init.offset() * u[i];
                }
            }
        } else {
            x = built.initialPoint(rng);
        }
        starts.put(a.id(), x);
        return x;
    }
}
