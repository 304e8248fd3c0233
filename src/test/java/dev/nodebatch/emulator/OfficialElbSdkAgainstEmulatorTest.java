package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.DemoFleet.WEB_1;
import static dev.nodebatch.emulator.DemoFleet.WEB_2;
import static dev.nodebatch.emulator.DemoFleet.WEB_3;
import static dev.nodebatch.emulator.DemoFleet.WEB_4;
import static dev.nodebatch.emulator.DemoFleet.WEB_POOL;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.elb.v3.ElbClient;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMember;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersOption;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersRequest;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersRequestBody;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersResponse;
import com.huaweicloud.sdk.elb.v3.model.ListMembersRequest;
import com.huaweicloud.sdk.elb.v3.model.ListMembersResponse;
import com.huaweicloud.sdk.elb.v3.model.Member;
import com.huaweicloud.sdk.elb.v3.model.ShowMemberRequest;

/** The official Huawei Java SDK (OkHttp, its own AK/SK signer) against the emulator. */
class OfficialElbSdkAgainstEmulatorTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    @Test
    @DisplayName("the SDK's batchUpdateMembers is accepted and changes the fleet")
    void batchUpdateMembers() {
        BatchUpdateMembersResponse response = client(CREDENTIALS.secretKey()).batchUpdateMembers(
                new BatchUpdateMembersRequest().withPoolId(WEB_POOL).withBody(new BatchUpdateMembersRequestBody()
                        .withMembers(List.of(new BatchUpdateMembersOption().withId(WEB_2).withWeight(60),
                                new BatchUpdateMembersOption().withId(WEB_1).withName("web-1-renamed")))));

        assertEquals(200, response.getHttpStatusCode());
        assertEquals(32, response.getRequestId().length());
        BatchUpdateMember web2 = response.getMembers().get(0);
        assertEquals(WEB_2, web2.getId());
        assertEquals(60, web2.getWeight());
        assertEquals(PROJECT_ID, web2.getProjectId());
        assertEquals("web-1-renamed", response.getMembers().get(1).getName());
        assertEquals(60, emulator.member(WEB_POOL, WEB_2).path("weight").asInt());
        assertEquals("web-1-renamed", emulator.member(WEB_POOL, WEB_1).path("name").asText());
    }

    @Test
    @DisplayName("the SDK signing with a wrong secret key meets ClientRequestException 401 APIGW.0301")
    void wrongSecretKey() {
        ClientRequestException refused = assertThrows(ClientRequestException.class,
                () -> client("not-the-secret-key").showMember(new ShowMemberRequest().withPoolId(WEB_POOL).withMemberId(WEB_1)));

        assertEquals(401, refused.getHttpStatusCode());
        assertEquals("APIGW.0301", refused.getErrorCode());
        assertEquals("Incorrect IAM authentication information: verify aksk signature fail", refused.getErrorMsg());
        assertEquals(32, refused.getRequestId().length());
    }

    @Test
    @DisplayName("the SDK's showMember answers the member")
    void showMember() {
        Member member = client(CREDENTIALS.secretKey())
                .showMember(new ShowMemberRequest().withPoolId(WEB_POOL).withMemberId(WEB_3)).getMember();

        assertEquals("web-3", member.getName());
        assertEquals("192.168.0.13", member.getAddress());
        assertEquals(80, member.getProtocolPort());
        assertEquals("v4", member.getIpVersion());
    }

    @Test
    @DisplayName("the SDK's listMembers pages with marker, limit and repeated id filters")
    void listMembers() {
        ElbClient client = client(CREDENTIALS.secretKey());

        ListMembersResponse firstPage = client.listMembers(new ListMembersRequest().withPoolId(WEB_POOL).withLimit(2));
        ListMembersResponse lastPage = client.listMembers(new ListMembersRequest().withPoolId(WEB_POOL).withLimit(2)
                .withMarker(firstPage.getPageInfo().getNextMarker()));
        ListMembersResponse filtered = client.listMembers(new ListMembersRequest().withPoolId(WEB_POOL)
                .withId(List.of(WEB_4, WEB_1)));

        assertEquals(List.of(WEB_1, WEB_2), firstPage.getMembers().stream().map(Member::getId).toList());
        assertEquals(List.of(WEB_3, WEB_4), lastPage.getMembers().stream().map(Member::getId).toList());
        assertNull(lastPage.getPageInfo().getNextMarker());
        assertEquals(List.of(WEB_1, WEB_4), filtered.getMembers().stream().map(Member::getId).toList());
    }

    @Test
    @DisplayName("an unknown member reaches the SDK as ClientRequestException 404 ELB.8902")
    void unknownMember() {
        ClientRequestException notFound = assertThrows(ClientRequestException.class,
                () -> client(CREDENTIALS.secretKey()).showMember(new ShowMemberRequest().withPoolId(WEB_POOL)
                        .withMemberId("5f0c1d2e-0000-4000-8000-000000000000")));

        assertEquals(404, notFound.getHttpStatusCode());
        assertEquals("ELB.8902", notFound.getErrorCode());
        assertTrue(notFound.getErrorMsg().contains("5f0c1d2e-0000-4000-8000-000000000000"));
    }

    @Test
    @DisplayName("a throttle fault reaches the SDK as ClientRequestException 429 APIGW.0308")
    void throttled() {
        emulator.control("PUT", "/faults", "{\"rules\":[{\"operation\":\"elb.showMember\",\"fault\":\"THROTTLE\",\"count\":1}]}");

        ClientRequestException throttled = assertThrows(ClientRequestException.class,
                () -> client(CREDENTIALS.secretKey()).showMember(new ShowMemberRequest().withPoolId(WEB_POOL).withMemberId(WEB_1)));

        assertEquals(429, throttled.getHttpStatusCode());
        assertEquals("APIGW.0308", throttled.getErrorCode());
    }

    private static ElbClient client(String secretKey) {
        return ElbClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(CREDENTIALS.accessKey()).withSk(secretKey)
                        .withProjectId(PROJECT_ID))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
                .withEndpoints(List.of(emulator.url()))
                .build();
    }
}
