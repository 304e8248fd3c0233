package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.PROJECT;
import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_3;
import static dev.nodebatch.functions.ElbFleets.WEB_4;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;

import java.util.List;

/**
 * Valid inputs of {@code huawei-elb-members-update} for the demo fleet, for the hostile-input properties to mutate:
 * dry runs, and one real run that sets web-1 to the weight it already has.
 */
final class ElbSeeds {

    static final List<String> DOCUMENTS = List.of(
            ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_2), 0, "{\"dryRun\":true}"),
            "{\"region\":\"eu-west-101\",\"projectId\":\"" + PROJECT + "\",\"poolId\":\"" + WEB_POOL + "\","
                    + "\"cloud\":\"huaweicloud\",\"members\":[{\"id\":\"" + WEB_3 + "\",\"weight\":5,\"name\":\"web-3\","
                    + "\"protocolPort\":8080}],\"options\":{\"dryRun\":true,\"maxErrors\":\"10%\",\"maxConcurrency\":2,"
                    + "\"maxTargets\":10,\"wait\":false,\"waitTimeoutSeconds\":600,\"deadlineSeconds\":60}}",
            ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_2, WEB_3, WEB_4), 100, "{\"dryRun\":true,\"maxErrors\":1}"),
            ElbFleets.weights(WEB_POOL, List.of(WEB_4), 10, "{\"dryRun\":true}").replace("\"weight\":10",
                    "\"name\":\"w\u00e9b-4 \u65e5\u672c\""),
            ElbFleets.weights(WEB_POOL, List.of(WEB_1), 10, "{}"));

    private ElbSeeds() {
    }
}
