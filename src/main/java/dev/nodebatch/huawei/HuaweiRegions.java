package dev.nodebatch.huawei;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which regions each cloud has, and where a service is offered in fewer of them, so that a region of the other cloud
 * is a clear input violation instead of a DNS failure at call time (docs/huawei.md#regions). Huawei Cloud's regions
 * are the union of the official SDKs' region tables for the services nodebatch calls; Open Telekom Cloud's are those
 * of its published endpoint list (its Swiss region lives on another domain and is not supported). A region Huawei
 * opens later needs a row here. Immutable.
 */
final class HuaweiRegions {

    private static final Map<HuaweiCloud, Set<String>> REGIONS = Map.of(
            HuaweiCloud.HUAWEICLOUD, Set.of(
                    "ae-ad-1", "af-north-1", "af-south-1",
                    "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
                    "cn-east-2", "cn-east-3", "cn-east-4", "cn-east-5",
                    "cn-north-1", "cn-north-2", "cn-north-4", "cn-north-9", "cn-north-11", "cn-north-12",
                    "cn-south-1", "cn-south-2", "cn-southwest-2", "cn-southwest-3",
                    "eu-west-0", "eu-west-101", "la-north-2", "la-south-2", "me-east-1", "my-kualalumpur-1",
                    "na-mexico-1", "ru-moscow-1", "ru-northwest-2", "sa-brazil-1", "tr-west-1"),
            HuaweiCloud.OTC, Set.of("eu-de", "eu-nl"));

    // Services offered in fewer regions than their cloud has: the SDK's ModelArtsRegion, OTC's endpoint list
    private static final Map<String, Map<HuaweiCloud, Set<String>>> SERVICE_REGIONS = Map.of(
            "modelarts", Map.of(
                    HuaweiCloud.HUAWEICLOUD, Set.of(
                            "af-north-1", "af-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
                            "ap-southeast-4", "cn-east-3", "cn-east-4", "cn-north-1", "cn-north-2", "cn-north-4",
                            "cn-north-9", "cn-north-11", "cn-north-12", "cn-south-1", "cn-southwest-2",
                            "cn-southwest-3", "la-north-2", "la-south-2", "me-east-1", "sa-brazil-1", "tr-west-1"),
                    HuaweiCloud.OTC, Set.of("eu-de")));

    private HuaweiRegions() {
    }

    /**
     * What is wrong with calling {@code service} in {@code region} of {@code cloud}, if anything, in words a caller
     * can act on.
     *
     * @param service the endpoint's service name, e.g. {@code elb}, {@code modelarts}
     */
    static Optional<String> problem(String service, HuaweiCloud cloud, String region) {
        if (!REGIONS.get(cloud).contains(region)) {
            return Optional.of(REGIONS.entrySet().stream().filter(other -> other.getValue().contains(region))
                    .findFirst()
                    .map(other -> region + " is a region of " + describe(other.getKey()) + ", not of "
                            + describe(cloud) + ": set \"cloud\": \"" + other.getKey() + "\"")
                    .orElse(region + " is not a region of " + describe(cloud) + " (its regions: "
                            + sorted(REGIONS.get(cloud)) + ")"));
        }
        Set<String> offered = SERVICE_REGIONS.getOrDefault(service, Map.of()).get(cloud);
        if (offered != null && !offered.contains(region)) {
            return Optional.of(service + " is not offered in " + region + " on " + describe(cloud)
                    + " (its regions there: " + sorted(offered) + ")");
        }
        return Optional.empty();
    }

    private static String describe(HuaweiCloud cloud) {
        return cloud == HuaweiCloud.OTC ? "Open Telekom Cloud" : "Huawei Cloud";
    }

    private static String sorted(Set<String> regions) {
        return String.join(", ", new TreeSet<>(regions));
    }
}
