package io.crmkit.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crmkit.access.Permission;
import io.crmkit.access.RoleDefinition;
import io.crmkit.access.RoleName;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a JSON or YAML document into a {@link CrmConfiguration}, collecting every problem
 * instead of stopping at the first. Missing sections take the sample defaults; unknown keys
 * are problems, because a mistyped key silently ignored is a setting silently lost.
 */
final class ConfigurationReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int MAX_DOCUMENT_CHARS = 1_000_000;

    private final List<ConfigurationProblem> problems = new ArrayList<>();

    CrmConfiguration read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_CHARS * 4 + 1);
            return read(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException(List.of(new ConfigurationProblem("$", "cannot be read: " + e.getMessage())));
        }
    }

    CrmConfiguration read(String document) {
        if (document.length() > MAX_DOCUMENT_CHARS) {
            throw new ConfigurationException(List.of(new ConfigurationProblem("$", "is longer than "
                    + MAX_DOCUMENT_CHARS + " characters")));
        }
        JsonNode root;
        try {
            // YAML is a superset of JSON, so one parser reads both forms.
            root = document.isBlank() ? JsonNodeFactory.instance.objectNode() : YAML.readTree(document);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigurationException(List.of(new ConfigurationProblem(where, "is not valid JSON or YAML: "
                    + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw new ConfigurationException(List.of(new ConfigurationProblem("$", "must be an object")));
        }
        allowKeys(root, "$", "locale", "roles", "lifecycle", "customFields", "tags",
                "classification", "valueAssessment", "followUp", "interactions");
        LocaleSettings locale = locale(root.path("locale"));
        List<RoleDefinition> roles = roles(root.path("roles"));
        LifecycleSettings lifecycle = lifecycle(root.path("lifecycle"));
        List<CustomFieldDefinition> fields = customFields(root.path("customFields"));
        List<TagDimensionDefinition> tags = new TagDimensionReader(this).read(root.path("tags"));
        ClassificationReader classification = new ClassificationReader(this, tags);
        boolean sample = root.path("tags").isMissingNode();
        // A section given as null (or []) switches the sample off.
        List<ClassificationDefinition> classifications = root.has("classification")
                ? root.get("classification").isNull() ? List.of() : classification.classifications(root.path("classification"))
                : sample ? ClassificationReader.sampleClassifications(locale.currency().getCurrencyCode()) : List.of();
        Optional<ValueAssessmentSettings> value = root.has("valueAssessment")
                ? root.get("valueAssessment").isNull() ? Optional.empty() : classification.valueAssessment(root.path("valueAssessment"))
                : sample ? Optional.of(ClassificationReader.sampleValueAssessment()) : Optional.empty();
        FollowUpSettings followUp = new FollowUpReader(this).read(root.path("followUp"));
        InteractionSettings interactions = interactions(root.path("interactions"));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new CrmConfiguration(locale, roles, lifecycle, fields, tags, classifications, value, followUp,
                interactions);
    }

    private LocaleSettings locale(JsonNode node) {
        if (!objectOrMissing(node, "locale")) {
            return defaultLocale();
        }
        allowKeys(node, "locale", "default", "phoneRegion", "currency", "zone");
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String tag = text(node, "default", "locale.default").orElse("zh-CN");
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            problem("locale.default", "'" + tag + "' is not a BCP 47 language tag");
        }
        String region = text(node, "phoneRegion", "locale.phoneRegion").orElse("CN");
        if (!region.matches("[A-Z]{2}")) {
            problem("locale.phoneRegion", "'" + region + "' is not a two-letter ISO 3166 region code");
        }
        Currency currency = Currency.getInstance("CNY");
        String code = text(node, "currency", "locale.currency").orElse("CNY");
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            problem("locale.currency", "'" + code + "' is not an ISO 4217 currency code");
        }
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        String zoneText = text(node, "zone", "locale.zone").orElse("Asia/Shanghai");
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            problem("locale.zone", "'" + zoneText + "' is not a time-zone id");
        }
        return new LocaleSettings(locale, region, currency, zone);
    }

    private static LocaleSettings defaultLocale() {
        return new LocaleSettings(Locale.SIMPLIFIED_CHINESE, "CN", Currency.getInstance("CNY"), ZoneId.of("Asia/Shanghai"));
    }

    private List<RoleDefinition> roles(JsonNode node) {
        if (node.isMissingNode()) {
            return List.of(
                    new RoleDefinition(RoleName.SALES_REP, EnumSet.of(Permission.VIEW, Permission.EDIT), false),
                    new RoleDefinition(RoleName.SERVICE_MANAGER, EnumSet.of(Permission.VIEW, Permission.APPROVE), false),
                    new RoleDefinition(RoleName.ADMINISTRATOR, EnumSet.allOf(Permission.class), true));
        }
        List<RoleDefinition> roles = new ArrayList<>();
        if (!node.isArray()) {
            problem("roles", "must be a list");
            return roles;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "roles[" + i + "]";
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                problem(path, "must be an object");
                continue;
            }
            allowKeys(r, path, "name", "permissions", "administrator");
            Optional<String> name = requiredText(r, "name", path + ".name");
            name.filter(n -> !KEY.matcher(n).matches())
                    .ifPresent(n -> problem(path + ".name", "'" + n + "' must be lower-case letters, digits or '_'"));
            name.filter(n -> !seen.add(n)).ifPresent(n -> problem(path + ".name", "role '" + n + "' is defined twice"));
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            JsonNode p = r.path("permissions");
            if (!p.isArray()) {
                problem(path + ".permissions", "must be a list of VIEW, EDIT, APPROVE");
            } else {
                for (int j = 0; j < p.size(); j++) {
                    String value = p.get(j).asText();
                    try {
                        permissions.add(Permission.valueOf(value));
                    } catch (IllegalArgumentException e) {
                        problem(path + ".permissions[" + j + "]", "'" + value + "' is not one of VIEW, EDIT, APPROVE");
                    }
                }
            }
            boolean admin = bool(r, "administrator", path + ".administrator");
            if (name.isPresent() && KEY.matcher(name.get()).matches()) {
                roles.add(new RoleDefinition(RoleName.of(name.get()), permissions, admin));
            }
        }
        return roles;
    }

    private LifecycleSettings lifecycle(JsonNode node) {
        List<String> defaults = List.of("prospect", "intent", "proposal_negotiation", "won", "lost", "on_trial");
        if (!objectOrMissing(node, "lifecycle") || node.isMissingNode()) {
            return new LifecycleSettings(defaults, "prospect");
        }
        allowKeys(node, "lifecycle", "statuses", "initial", "transitions", "guards");
        List<String> statuses = keyList(node.path("statuses"), "lifecycle.statuses");
        if (statuses.isEmpty()) {
            problem("lifecycle.statuses", "must list at least one status");
            return new LifecycleSettings(defaults, "prospect");
        }
        String initial = text(node, "initial", "lifecycle.initial").orElse(statuses.get(0));
        if (!statuses.contains(initial)) {
            problem("lifecycle.initial", "'" + initial + "' is not one of the statuses " + statuses);
            initial = statuses.get(0);
        }
        LifecycleMachineReader machine = new LifecycleMachineReader(this, statuses, initial);
        return new LifecycleSettings(statuses, initial, machine.transitions(node.path("transitions")),
                machine.guards(node.path("guards")));
    }

    private InteractionSettings interactions(JsonNode node) {
        if (!objectOrMissing(node, "interactions")) {
            return InteractionSettings.defaults();
        }
        allowKeys(node, "interactions", "kinds");
        if (node.path("kinds").isMissingNode()) {
            return InteractionSettings.defaults();
        }
        List<String> kinds = keyList(node.path("kinds"), "interactions.kinds");
        if (kinds.isEmpty() && node.path("kinds").isArray() && node.path("kinds").isEmpty()) {
            problem("interactions.kinds", "must list at least one kind");
        }
        return new InteractionSettings(kinds);
    }

    private List<CustomFieldDefinition> customFields(JsonNode node) {
        List<CustomFieldDefinition> fields = new ArrayList<>();
        if (node.isMissingNode()) {
            return fields;
        }
        if (!node.isArray()) {
            problem("customFields", "must be a list");
            return fields;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            new CustomFieldReader(this, "customFields[" + i + "]", node.get(i), seen).read().ifPresent(fields::add);
        }
        return fields;
    }

    // ---- small helpers shared with CustomFieldReader ----

    void problem(String path, String message) {
        problems.add(new ConfigurationProblem(path, message));
    }

    boolean objectOrMissing(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return false;
        }
        if (!node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        return true;
    }

    void allowKeys(JsonNode node, String path, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problem(path.equals("$") ? key : path + "." + key, "is not a known setting (known: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    Optional<String> text(JsonNode parent, String key, String path) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isValueNode()) {
            problem(path, "must be a single value");
            return Optional.empty();
        }
        return Optional.of(n.asText());
    }

    Optional<String> requiredText(JsonNode parent, String key, String path) {
        Optional<String> value = text(parent, key, path).filter(s -> !s.isBlank());
        if (value.isEmpty()) {
            problem(path, "is required");
        }
        return value;
    }

    boolean bool(JsonNode parent, String key, String path) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            problem(path, "must be true or false");
            return false;
        }
        return n.booleanValue();
    }

    Optional<BigDecimal> number(JsonNode parent, String key, String path) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isNumber()) {
            problem(path, "must be a number");
            return Optional.empty();
        }
        return Optional.of(n.decimalValue());
    }

    List<String> keyList(JsonNode node, String path) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode()) {
            return values;
        }
        if (!node.isArray()) {
            problem(path, "must be a list");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String v = node.get(i).asText();
            if (!KEY.matcher(v).matches()) {
                problem(path + "[" + i + "]", "'" + v + "' must be lower-case letters, digits or '_', 1-63 characters");
            } else if (values.contains(v)) {
                problem(path + "[" + i + "]", "'" + v + "' is listed twice");
            } else {
                values.add(v);
            }
        }
        return values;
    }

    static boolean isKey(String value) {
        return KEY.matcher(value).matches();
    }
}
