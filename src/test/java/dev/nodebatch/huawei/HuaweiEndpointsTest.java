package dev.nodebatch.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HuaweiEndpointsTest {

    static HuaweiEndpoints endpoints(Map<String, String> overrides) {
        return new HuaweiEndpoints(new HuaweiConfig() {
            @Override
            public Map<String, String> endpoints() {
                return overrides;
            }

            @Override
            public int maxConcurrency() {
                return 4;
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Pacing pacing() {
                throw new UnsupportedOperationException("endpoints need no pacing");
            }
        });
    }

    @ParameterizedTest(name = "{0} in {1} on {2} is {3}")
    @CsvSource({
        "elb,           eu-west-101,    HUAWEICLOUD, https://elb.eu-west-101.myhuaweicloud.com",
        "elb,           cn-north-4,     HUAWEICLOUD, https://elb.cn-north-4.myhuaweicloud.com",
        "gaussdb-nosql, eu-west-101,    HUAWEICLOUD, https://gaussdb-nosql.eu-west-101.myhuaweicloud.eu",
        "gaussdb-nosql, cn-north-4,     HUAWEICLOUD, https://gaussdb-nosql.cn-north-4.myhuaweicloud.com",
        "modelarts,     ap-southeast-1, HUAWEICLOUD, https://modelarts.ap-southeast-1.myhuaweicloud.cn",
        "modelarts,     eu-de,          OTC,         https://modelarts.eu-de.otc.t-systems.com",
        "dcs,           eu-nl,          OTC,         https://dcs.eu-nl.otc.t-systems.com",
    })
    void endpointsFollowTheProvidersHostPatterns(String service, String region, HuaweiCloud cloud, String expected) {
        assertEquals(URI.create(expected), endpoints(Map.of()).resolve(service, cloud, region));
    }

    @Test
    void configurationOverridesAServiceForEveryRegion() {
        assertEquals(URI.create("http://localhost:8089"),
                endpoints(Map.of("elb", "http://localhost:8089")).resolve("elb", HuaweiCloud.OTC, "eu-de"));
    }

    @Test
    void aRegionThatIsNotARegionIdNeverBecomesAHost() {
        assertThrows(IllegalArgumentException.class,
                () -> endpoints(Map.of()).resolve("elb", HuaweiCloud.HUAWEICLOUD, "evil.example.com#"));
    }
}
