package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.access.DataScope;
import io.crmkit.access.Permission;
import io.crmkit.access.RoleDefinition;
import io.crmkit.access.RoleName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code roles} section: each role's name, permissions, whether it administers, and
 * its data scopes for viewing and editing ({@code scope: {view: TEAM, edit: OWN}}; left out:
 * view the whole tenant, edit what the user owns).
 * Left out, it gives the three standard roles of {@link #DEFAULT}.
 */
final class RoleReader {
    /** The roles when the section is left out: sales rep, service manager, administrator. */
    static final List<RoleDefinition> DEFAULT = List.of(
            new RoleDefinition(RoleName.SALES_REP, EnumSet.of(Permission.VIEW, Permission.EDIT), false),
            new RoleDefinition(RoleName.SERVICE_MANAGER, EnumSet.of(Permission.VIEW, Permission.APPROVE), false),
            new RoleDefinition(RoleName.ADMINISTRATOR, EnumSet.allOf(Permission.class), true));

    private final ConfigNodes nodes;

    RoleReader(ConfigNodes nodes) {
        this.nodes = nodes;
    }

    List<RoleDefinition> read(JsonNode node) {
        List<RoleDefinition> roles = new ArrayList<>();
        if (!node.isArray()) {
            nodes.problem("roles", "must be a list");
            return List.copyOf(roles);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "roles[" + i + "]";
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                nodes.problem(path, "must be an object");
                continue;
            }
            nodes.allowKeys(r, path, "name", "permissions", "administrator", "scope");
            Optional<String> name = nodes.requiredText(r, "name", path + ".name");
            name.filter(n -> !ConfigNodes.isKey(n))
                    .ifPresent(n -> nodes.problem(path + ".name", "'" + n + "' must be lower-case letters, digits or '_'"));
            name.filter(n -> !seen.add(n)).ifPresent(n -> nodes.problem(path + ".name", "role '" + n + "' is defined twice"));
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            JsonNode p = r.path("permissions");
            if (!p.isArray()) {
                nodes.problem(path + ".permissions", "must be a list of VIEW, EDIT, APPROVE");
            } else {
                for (int j = 0; j < p.size(); j++) {
                    String value = p.get(j).asText();
                    try {
                        permissions.add(Permission.valueOf(value));
                    } catch (IllegalArgumentException e) {
                        nodes.problem(path + ".permissions[" + j + "]", "'" + value + "' is not one of VIEW, EDIT, APPROVE");
                    }
                }
            }
            boolean admin = nodes.bool(r, "administrator", path + ".administrator");
            JsonNode scope = r.path("scope");
            DataScope view = DataScope.TENANT;
            DataScope edit = DataScope.OWN;
            if (!scope.isMissingNode()) {
                if (!scope.isObject()) {
                    nodes.problem(path + ".scope", "must be an object with view and edit");
                } else {
                    nodes.allowKeys(scope, path + ".scope", "view", "edit");
                    view = scope(scope, "view", path, view);
                    edit = scope(scope, "edit", path, edit);
                }
            }
            if (name.isPresent() && ConfigNodes.isKey(name.get())) {
                roles.add(new RoleDefinition(RoleName.of(name.get()), permissions, admin, view, edit));
            }
        }
        return List.copyOf(roles);
    }

    /** One of a role's scopes: OWN, TEAM, TEAM_TREE or TENANT; left out, the default given. */
    private DataScope scope(JsonNode scope, String key, String path, DataScope absent) {
        JsonNode v = scope.path(key);
        if (v.isMissingNode()) {
            return absent;
        }
        try {
            return DataScope.valueOf(v.asText());
        } catch (IllegalArgumentException e) {
            nodes.problem(path + ".scope." + key, "'" + v.asText() + "' is not one of OWN, TEAM, TEAM_TREE, TENANT");
            return absent;
        }
    }
}
