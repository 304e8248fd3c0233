package dev.nodebatch.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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

            @Override
            public java.util.Optional<String> credentialsSecret() {
                return java.util.Optional.empty();
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

    @ParameterizedTest(name = "{0} in {1} on {2} is refused: {3}")
    @CsvSource(delimiter = '|', value = {
        "elb       | eu-west-101 | OTC         | eu-west-101 is a region of Huawei Cloud, not of Open Telekom Cloud: set \"cloud\": \"huaweicloud\"",
        "modelarts | eu-de       | HUAWEICLOUD | eu-de is a region of Open Telekom Cloud, not of Huawei Cloud: set \"cloud\": \"otc\"",
        "elb       | eu-ch2      | OTC         | eu-ch2 is not a region of Open Telekom Cloud (its regions: eu-de, eu-nl)",
        "modelarts | eu-nl       | OTC         | modelarts is not offered in eu-nl on Open Telekom Cloud (its regions there: eu-de)",
        "modelarts | eu-west-101 | HUAWEICLOUD | modelarts is not offered in eu-west-101 on Huawei Cloud",
    })
    void aRegionOfTheOtherCloudIsAViolationNotADnsFailure(String service, String region, HuaweiCloud cloud,
            String problem) {
        String found = HuaweiEndpoints.regionProblem(service, cloud, region).orElse("no problem");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> endpoints(Map.of()).resolve(service, cloud, region));

        assertTrue(found.startsWith(problem), found);
        assertEquals(found, refused.getMessage());
    }

    @ParameterizedTest(name = "{0} in {1} on {2} is fine")
    @CsvSource({
        "elb,       eu-nl,          OTC",
        "elb,       eu-west-101,    HUAWEICLOUD",
        "modelarts, ap-southeast-3, HUAWEICLOUD",
        "modelarts, eu-de,          OTC",
    })
    void theCloudsOwnRegionsAreFine(String service, String region, HuaweiCloud cloud) {
        assertEquals(Optional.empty(), HuaweiEndpoints.regionProblem(service, cloud, region));
    }

    @Test
    void withoutACloudTheRegionIsCheckedAgainstHuaweiCloud() {
        assertEquals(true, HuaweiEndpoints.regionProblem("elb", null, "eu-de").isPresent());
    }

    @Test
    void aRegionThatIsNotARegionIdNeverBecomesAHost() {
        assertThrows(IllegalArgumentException.class,
                () -> endpoints(Map.of()).resolve("elb", HuaweiCloud.HUAWEICLOUD, "evil.example.com#"));
    }
}
