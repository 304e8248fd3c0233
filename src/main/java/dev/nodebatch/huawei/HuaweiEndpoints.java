package dev.nodebatch.huawei;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Resolves a service's endpoint from cloud and region by the providers' host patterns
 * ({@code https://{service}.{region}.myhuaweicloud.com}, Open Telekom Cloud
 * {@code https://{service}.{region}.otc.t-systems.com}), with the documented exceptions, unless
 * configuration overrides the service's endpoint. A region the cloud (or the service there) does not have is refused,
 * see {@link HuaweiRegions}; inputs check it first, with {@link #regionProblem}.
 */
@ApplicationScoped
public class HuaweiEndpoints {

    /** Region ids as both clouds spell them: {@code eu-west-101}, {@code cn-north-4}, {@code eu-de}. */
    public static final String REGION_PATTERN = "[a-z]{2}(-[a-z0-9]{1,16}){1,3}";

    private static final Pattern REGION = Pattern.compile(REGION_PATTERN);

    // Huawei Cloud hosts that break the pattern (docs/huawei.md, from the SDKs' region tables)
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "gaussdb-nosql/eu-west-101", "https://gaussdb-nosql.eu-west-101.myhuaweicloud.eu",
            "modelarts/ap-southeast-1", "https://modelarts.ap-southeast-1.myhuaweicloud.cn");

    private final HuaweiConfig config;

    public HuaweiEndpoints(HuaweiConfig config) {
        this.config = config;
    }

    /**
     * What is wrong with the region of an input, for the operation's checks; nothing when the region is not a region
     * id at all, which the input's pattern reports.
     */
    public static Optional<String> regionProblem(String service, HuaweiCloud cloud, String region) {
        if (region == null || !REGION.matcher(region).matches()) {
            return Optional.empty();
        }
        return HuaweiRegions.problem(service, cloud == null ? HuaweiCloud.HUAWEICLOUD : cloud, region);
    }

    /** @throws IllegalArgumentException for a region that is not one of the cloud's, or not the service's there */
    public URI resolve(String service, HuaweiCloud cloud, String region) {
        String override = config.endpoints().get(service);
        if (override != null) {
            return URI.create(override);
        }
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Not a region id: " + region);
        }
        HuaweiRegions.problem(service, cloud, region).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (cloud == HuaweiCloud.HUAWEICLOUD && EXCEPTIONS.containsKey(service + "/" + region)) {
            return URI.create(EXCEPTIONS.get(service + "/" + region));
        }
        return URI.create("https://" + service + "." + region + "." + cloud.domain());
    }
}
