package dev.nodebatch.bench;

import java.io.IOException;
import java.util.List;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.elb.v3.ElbClient;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersOption;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersRequest;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersRequestBody;
import com.huaweicloud.sdk.elb.v3.model.BatchUpdateMembersResponse;

import dev.nodebatch.emulator.DemoFleet;

/**
 * The cold-start peer: the official Huawei ELB SDK making the same batch-update call as the function's first
 * request, from a fresh JVM, signed with the AK/SK in {@code HUAWEICLOUD_SDK_AK} / {@code HUAWEICLOUD_SDK_SK}.
 * Prints {@code answered <status>} when the call is done, then waits for its stdin to close so that its memory
 * can be read at that moment.
 */
public final class SdkPeer {

    static final String ANSWERED = "answered ";

    private SdkPeer() {
    }

    /** @param args the ELB endpoint, e.g. the emulator's URL */
    public static void main(String[] args) throws IOException {
        ElbClient client = ElbClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(System.getenv("HUAWEICLOUD_SDK_AK"))
                        .withSk(System.getenv("HUAWEICLOUD_SDK_SK")).withProjectId(DemoFleet.PROJECT_ID))
                .withEndpoints(List.of(args[0]))
                .build();
        BatchUpdateMembersResponse answer = client.batchUpdateMembers(new BatchUpdateMembersRequest()
                .withPoolId(DemoFleet.WEB_POOL).withBody(new BatchUpdateMembersRequestBody().withMembers(List.of(
                        new BatchUpdateMembersOption().withId(DemoFleet.WEB_1).withWeight(ColdStart.WEIGHT),
                        new BatchUpdateMembersOption().withId(DemoFleet.WEB_2).withWeight(ColdStart.WEIGHT)))));
        System.out.println(ANSWERED + answer.getHttpStatusCode());
        System.out.flush();
        System.in.read();
    }
}
