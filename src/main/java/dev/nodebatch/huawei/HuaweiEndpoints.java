package dev.nodebatch.huawei;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Resolves a service's endpoint from cloud and region by the providers' host patterns
 * ({@code https://{service}.{region}.myhuaweicloud.com}, Open Telekom Cloud
 * {@code https://{service}.{region}.otc.t-systems.com}), with the documented exceptions, unless
 * configuration overrides the service's endpoint.
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

    public URI resolve(String service, HuaweiCloud cloud, String region) {
        String override = config.endpoints().get(service);
        if (override != null) {
            return URI.create(override);
        }
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Not a region id: " + region);
        }
        if (cloud == HuaweiCloud.HUAWEICLOUD && EXCEPTIONS.containsKey(service + "/" + region)) {
            return URI.create(EXCEPTIONS.get(service + "/" + region));
        }
        return URI.create("https://" + service + "." + region + "." + cloud.domain());
    }
}
