package org.huntlab.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a simulation spec from YAML, applies {@code --set} overrides, and validates it.
 *
 * <p>Every problem becomes one {@link SpecException} naming the file, line, column, field path,
 * what is wrong and what is allowed. Nothing is run before the whole spec is valid.
 */
public final class SpecLoader {

    private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final YAMLMapper MAPPER = mapper();

    private final String source;
    private final SourceLocator locator;
    private final Map<String, String> overridden = new TreeMap<>();

    private SpecLoader(String source, String text) {
        this.source = source;
        this.locator = new SourceLocator(text);
    }

    /**
     * Loads and validates the spec in {@code file} with {@code overrides} of the form
     * {@code path=value} applied (e.g. {@code agents[0].optimizer.lr=0.1}, {@code seed=7}).
     *
     * @throws SpecException for the first problem found
     */
    public static LoadedSpec load(Path file, List<String> overrides) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SpecException(file.toString(), "", 0, 0, "no such file");
        } catch (IOException e) {
            throw new SpecException(file.toString(), "", 0, 0, "cannot read: " + e.getMessage());
        }
        return parse(file.toString(), text, overrides);
    }

    /** Like {@link #load} for spec text that did not come from a file. */
    public static LoadedSpec parse(String source, String text, List<String> overrides) {
        return new SpecLoader(source, text).read(text, overrides);
    }

    /** The spec as YAML with every default written out, as stored in a run's spec.yaml. */
    public static String toYaml(SimulationSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write spec " + spec.name(), e);
        }
    }

    private LoadedSpec read(String text, List<String> overrides) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new SpecException(source, "", 0, 0, "the file is empty; a spec is a mapping "
                    + "of sections (name, seed, landscape, agents, ...)");
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new SpecException(source, "", 1, 1, "a spec is a mapping of sections "
                    + "(name, seed, landscape, agents, couplings, interaction, schedule, stop, "
                    + "output)");
        }
        for (String override : overrides) {
            apply(root, override);
        }
        SimulationSpec spec;
        try {
            spec = MAPPER.treeToValue(root, SimulationSpec.class);
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IllegalArgumentException e) {
            throw error("", e.getMessage());
        }
        List<String> warnings = new SpecValidator(spec, this::error).validate();
        return new LoadedSpec(spec, toYaml(spec), warnings);
    }

    /**
     * The YAML parser's own problem and where it saw it ("expected ',' or '}'", "found
     * character '\\t'"), rather than the construct it was inside.
     */
    private SpecException syntaxError(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked
                && marked.getProblem() != null) {
            var mark = marked.getProblemMark() != null ? marked.getProblemMark()
                    : marked.getContextMark();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                    + (marked.getContextMark() == null ? "" : " at line "
                    + (marked.getContextMark().getLine() + 1)) + ")";
            return new SpecException(source, "", mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: "
                    + marked.getProblem() + context);
        }
        var where = e.getLocation();
        String problem = String.join(" ", e.getOriginalMessage().lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.startsWith("^"))
                .toList());
        return new SpecException(source, "", where == null ? 0 : where.getLineNr(),
                where == null ? 0 : where.getColumnNr(), "not valid YAML: " + problem);
    }

    /** A SpecException at {@code path}, located in the file or marked as an override. */
    SpecException error(String path, String problem) {
        String field = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'))
                + 1);
        if (!field.isEmpty() && problem != null && problem.startsWith(field + ": ")) {
            problem = problem.substring(field.length() + 2);
        }
        for (var o : overridden.entrySet()) {
            String key = o.getKey();
            if (path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[")
                    || key.startsWith(path + ".") || key.startsWith(path + "[")
                    || (path.isEmpty() && !key.isEmpty())) {
                return new SpecException(source + " (--set " + o.getKey() + "=" + o.getValue()
                        + ")", path, 0, 0, problem);
            }
        }
        int[] at = locator.locate(steps(path));
        return new SpecException(source, path, at[0], at[1], problem);
    }

    private void apply(ObjectNode root, String override) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new SpecException(source + " (--set " + override + ")", "", 0, 0,
                    "an override is path=value, e.g. agents[0].optimizer.lr=0.1");
        }
        String path = override.substring(0, eq).trim();
        String raw = override.substring(eq + 1).trim();
        List<Object> steps = steps(path);
        if (steps.isEmpty()) {
            throw new SpecException(source + " (--set " + override + ")", path, 0, 0,
                    "not a field path; write e.g. interaction.step or agents[1].optimizer.lr");
        }
        JsonNode value;
        try {
            value = raw.isEmpty() ? JsonNodeFactory.instance.textNode("")
                    : MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            value = JsonNodeFactory.instance.textNode(raw);
        }
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            node = child(node, steps.get(i), steps.get(i + 1), path, override);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String key && node instanceof ObjectNode o) {
            o.set(key, value);
        } else if (last instanceof Integer i && node instanceof ArrayNode a && i < a.size()) {
            a.set(i, value);
        } else {
            throw new SpecException(source + " (--set " + override + ")", path, 0, 0,
                    "no such field in the spec");
        }
        overridden.put(path, raw);
    }

    private JsonNode child(JsonNode node, Object step, Object next, String path, String o) {
        if (step instanceof String key && node instanceof ObjectNode obj) {
            JsonNode c = obj.get(key);
            if (c == null || c.isNull()) {
                c = next instanceof Integer ? obj.putArray(key) : obj.putObject(key);
            }
            return c;
        }
        if (step instanceof Integer i && node instanceof ArrayNode arr && i < arr.size()) {
            return arr.get(i);
        }
        throw new SpecException(source + " (--set " + o + ")", path, 0, 0,
                "no such field in the spec");
    }

    /** Splits {@code agents[1].optimizer.lr} into ["agents", 1, "optimizer", "lr"]. */
    static List<Object> steps(String path) {
        List<Object> out = new ArrayList<>();
        if (path.isEmpty()) {
            return out;
        }
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                return List.of();
            }
            out.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                out.add(Integer.parseInt(idx.group(1)));
            }
        }
        return out;
    }

    private SpecException translate(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            return error(path, "unknown field '" + u.getPropertyName() + "'; allowed: "
                    + names(u.getKnownPropertyIds()));
        }
        if (e instanceof InvalidTypeIdException t) {
            String allowed = subtypeNames(t.getBaseType().getRawClass());
            String what = section(path);
            return t.getTypeId() == null
                    ? error(path, "missing field 'type'; allowed " + what + " types: " + allowed)
                    : error(path + ".type", "unknown " + what + " type '" + t.getTypeId()
                    + "'; allowed: " + allowed);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            String problem = v.getCause().getMessage();
            return error(refine(path, problem, v.getType().getRawClass()), problem);
        }
        if (e instanceof InvalidFormatException f) {
            return error(path, "expected " + describe(f.getTargetType()) + ", got '"
                    + f.getValue() + "'");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return error(path, "expected " + describe(m.getTargetType()));
        }
        return error(path, e.getOriginalMessage().lines().findFirst().orElse("invalid"));
    }

    /** Moves a record-level error to the field its message starts with, when it names one. */
    private static String refine(String path, String problem, Class<?> type) {
        if (problem == null || !type.isRecord()) {
            return path;
        }
        String first = problem.split("[ :]", 2)[0];
        boolean component = Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getName().equals(first));
        return component ? (path.isEmpty() ? first : path + "." + first) : path;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (var r : refs) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            }
        }
        return b.toString();
    }

    private static String section(String path) {
        if (path.endsWith("kernel")) {
            return "kernel";
        }
        if (path.endsWith("optimizer")) {
            return "optimizer";
        }
        return path.isEmpty() ? "" : path.replaceAll("\\[\\d+]", "");
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String subtypeNames(Class<?> base) {
        JsonSubTypes types = base.getAnnotation(JsonSubTypes.class);
        if (types == null) {
            return "?";
        }
        return Arrays.stream(types.value()).map(JsonSubTypes.Type::name)
                .collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class
                || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a word";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (" + type.getSimpleName().replace("Spec", "").toLowerCase() + ")";
    }

    private static YAMLMapper mapper() {
        YAMLMapper m = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        return m;
    }
}
