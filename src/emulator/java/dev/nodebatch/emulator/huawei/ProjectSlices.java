package dev.nodebatch.emulator.huawei;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;

/**
 * One Huawei service's slice of the fleet document, {@code huawei.projects.<project id>.<service>}: read into one
 * project object per project id, and written back. Stateless.
 *
 * @param service the slice's name, e.g. {@code elb}
 * @param type the project class the slice binds to
 */
public record ProjectSlices<P>(String service, Class<P> type) {

    /**
     * @return the projects that have this slice, by project id, in document order
     * @throws IllegalArgumentException naming where the slice is wrong
     */
    public Map<String, P> read(JsonNode document) {
        JsonNode projects = document.path("huawei").path("projects");
        Map<String, P> parsed = new LinkedHashMap<>();
        if (projects.isMissingNode()) {
            return parsed;
        }
        if (!projects.isObject()) {
            throw new IllegalArgumentException("huawei.projects must be an object keyed by project id");
        }
        projects.properties().forEach(project -> {
            JsonNode slice = project.getValue().path(service);
            if (!slice.isMissingNode()) {
                parsed.put(project.getKey(), bind(project.getKey(), slice));
            }
        });
        return parsed;
    }

    public void write(ObjectNode document, Map<String, P> projects) {
        ObjectNode all = document.withObjectProperty("huawei").withObjectProperty("projects");
        projects.forEach((projectId, project) ->
                all.withObjectProperty(projectId).set(service, EmulatorJson.MAPPER.valueToTree(project)));
    }

    private P bind(String projectId, JsonNode slice) {
        String where = "huawei.projects." + projectId + "." + service;
        try {
            P project = EmulatorJson.MAPPER.treeToValue(slice, type);
            if (project == null) {
                throw new IllegalArgumentException(where + " must be an object");
            }
            return project;
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(where + ": " + EmulatorJson.problem(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": " + e.getOriginalMessage(), e);
        }
    }
}
