package org.huntlab.spec;

import java.util.List;

/**
 * A spec read from a file: the validated records, the resolved YAML to store with the run,
 * and warnings about settings that will run but probably not as meant.
 */
public record LoadedSpec(SimulationSpec spec, String resolvedYaml, List<String> warnings) {

    /** Copies the warnings. */
    public LoadedSpec {
        warnings = List.copyOf(warnings);
    }
}
