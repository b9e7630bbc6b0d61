package org.huntlab.spec;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line and column of a field path ({@code agents[1].optimizer.lr}) in YAML text.
 *
 * <p>Jackson binds from a tree that has lost positions (overrides are applied to it first),
 * so errors carry only a path; this walks snakeyaml's node graph of the original text to put
 * the line back. A path that goes past what the file holds points at the deepest node found.
 */
final class SourceLocator {

    private final Node root;

    SourceLocator(String yaml) {
        Node parsed;
        try {
            parsed = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            parsed = null;
        }
        this.root = parsed;
    }

    /** {line, column}, 1-based, of the node at {@code path}; {0, 0} when nothing is known. */
    int[] locate(List<Object> path) {
        if (root == null) {
            return new int[] {0, 0};
        }
        Node node = root;
        Mark mark = root.getStartMark();
        for (Object step : path) {
            Node next = null;
            Mark nextMark = null;
            if (step instanceof String key && node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        next = t.getValueNode();
                        nextMark = t.getKeyNode().getStartMark();
                    }
                }
            } else if (step instanceof Integer i && node instanceof SequenceNode seq
                    && i < seq.getValue().size()) {
                next = seq.getValue().get(i);
                nextMark = next.getStartMark();
            }
            if (next == null) {
                break;
            }
            node = next;
            mark = nextMark;
        }
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
    }
}
