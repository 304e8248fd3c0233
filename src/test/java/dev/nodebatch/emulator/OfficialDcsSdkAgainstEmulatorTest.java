package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.CACHE_ORDERS;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_2;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_NODE_3;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_OLD_BACKUP;
import static dev.nodebatch.emulator.DemoFleet.ORDERS_RECENT_BACKUP;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static dev.nodebatch.emulator.RunningEmulator.poll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.dcs.v2.DcsClient;
import com.huaweicloud.sdk.dcs.v2.model.BackupRecordResponse;
import com.huaweicloud.sdk.dcs.v2.model.ChangeNodesStartStopStatusBody;
import com.huaweicloud.sdk.dcs.v2.model.ChangeNodesStartStopStatusRequest;
import com.huaweicloud.sdk.dcs.v2.model.ChangeNodesStartStopStatusResponse;
import com.huaweicloud.sdk.dcs.v2.model.ListBackgroundTaskRequest;
import com.huaweicloud.sdk.dcs.v2.model.ListBackgroundTaskResponse;
import com.huaweicloud.sdk.dcs.v2.model.ListBackupRecordsRequest;
import com.huaweicloud.sdk.dcs.v2.model.ListBackupRecordsResponse;
import com.huaweicloud.sdk.dcs.v2.model.NodesInfoResp;
import com.huaweicloud.sdk.dcs.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.dcs.v2.model.ShowInstanceResponse;
import com.huaweicloud.sdk.dcs.v2.model.ShowJobInfoRequest;
import com.huaweicloud.sdk.dcs.v2.model.ShowJobInfoResponse;
import com.huaweicloud.sdk.dcs.v2.model.ShowNodesInformationRequest;
import com.huaweicloud.sdk.dcs.v2.model.SingleBackgroundTask;

/** The official Huawei DCS SDK (OkHttp, its own AK/SK signer) against the emulator. */
class OfficialDcsSdkAgainstEmulatorTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private final DcsClient client = client();

    @Test
    @DisplayName("the SDK's node stop gets the job id in its raw body; the job, the task and the node follow")
    void stopNodeAndFollowTheJob() {
        emulator.changeState(state -> ((ObjectNode) state.at("/huawei/projects/" + PROJECT_ID + "/dcs/instances/0"))
                .put("jobDurationMs", 500));

        ChangeNodesStartStopStatusResponse submitted = client.changeNodesStartStopStatus(
                new ChangeNodesStartStopStatusRequest().withInstanceId(CACHE_ORDERS).withBody(
                        new ChangeNodesStartStopStatusBody().withAction("stop").withNodeIds(List.of(ORDERS_NODE_3))));
        String jobId = jobId(submitted.getBody());
        ShowJobInfoResponse done = jobInfo(jobId, "SUCCESS");
        ListBackgroundTaskResponse tasks = client.listBackgroundTask(new ListBackgroundTaskRequest()
                .withInstanceId(CACHE_ORDERS).withOffset(0).withLimit(10));

        assertEquals(200, submitted.getHttpStatusCode());
        assertEquals(jobId, done.getJobId());
        assertEquals(ShowJobInfoResponse.StatusEnum.SUCCESS, done.getStatus());
        assertEquals("changeNodesStartStopStatusJob", done.getJobType().getValue());
        assertTrue(Long.parseLong(done.getEndTime()) >= Long.parseLong(done.getBeginTime()));
        assertEquals("1", tasks.getTaskCount());
        SingleBackgroundTask task = tasks.getTasks().get(0);
        assertEquals("StopNodes", task.getName());
        assertEquals("SUCCESS", task.getStatus());
        assertTrue(task.getParams().contains(ORDERS_NODE_3), task.getParams());
        assertEquals("cache-orders-3", task.getDetails().getNodeName());
        NodesInfoResp node = client.showNodesInformation(new ShowNodesInformationRequest().withInstanceId(CACHE_ORDERS))
                .getNodes().stream().filter(n -> n.getNodeId().equals(ORDERS_NODE_3)).findFirst().orElseThrow();
        assertEquals(NodesInfoResp.StatusEnum.INACTIVE, node.getStatus());
        assertEquals(NodesInfoResp.NodeTypeEnum.SLAVE, node.getNodeType());
    }

    @Test
    @DisplayName("the SDK reads the bare job_id:<id> answer as its raw body too")
    void textAnswer() {
        emulator.changeState(state -> ((ObjectNode) state.at("/huawei/projects/" + PROJECT_ID + "/dcs"))
                .put("nodeStatusAnswer", "text"));

        ChangeNodesStartStopStatusResponse submitted = client.changeNodesStartStopStatus(
                new ChangeNodesStartStopStatusRequest().withInstanceId(CACHE_ORDERS).withBody(
                        new ChangeNodesStartStopStatusBody().withAction("stop").withNodeIds(List.of(ORDERS_NODE_2))));

        assertTrue(submitted.getBody().matches("job_id:[0-9a-f]{32}"), submitted.getBody());
    }

    @Test
    @DisplayName("the SDK's showInstance gets the cache mode and status")
    void showInstance() {
        ShowInstanceResponse instance = client.showInstance(new ShowInstanceRequest().withInstanceId(CACHE_ORDERS));

        assertEquals(CACHE_ORDERS, instance.getInstanceId());
        assertEquals(ShowInstanceResponse.CacheModeEnum.HA, instance.getCacheMode());
        assertEquals("RUNNING", instance.getStatus());
        assertEquals("Redis", instance.getEngine());
    }

    @Test
    @DisplayName("the SDK's listBackupRecords gets the records newest first with their status and time")
    void listBackupRecords() {
        ListBackupRecordsResponse backups = client.listBackupRecords(new ListBackupRecordsRequest()
                .withInstanceId(CACHE_ORDERS).withOffset(0).withLimit(10));

        assertEquals(2, backups.getTotalNum());
        assertEquals(List.of(ORDERS_RECENT_BACKUP, ORDERS_OLD_BACKUP),
                backups.getBackupRecordResponse().stream().map(BackupRecordResponse::getBackupId).toList());
        BackupRecordResponse recent = backups.getBackupRecordResponse().get(0);
        assertEquals(BackupRecordResponse.StatusEnum.SUCCEED, recent.getStatus());
        assertEquals(BackupRecordResponse.BackupTypeEnum.AUTO, recent.getBackupType());
    }

    @Test
    @DisplayName("an unknown instance reaches the SDK as ClientRequestException 404 DCS.4002")
    void unknownInstance() {
        ClientRequestException notFound = assertThrows(ClientRequestException.class,
                () -> client.showInstance(new ShowInstanceRequest().withInstanceId("00000000-0000-4000-8000-000000000404")));

        assertEquals(404, notFound.getHttpStatusCode());
        assertEquals("DCS.4002", notFound.getErrorCode());
        assertEquals(32, notFound.getRequestId().length());
    }

    private ShowJobInfoResponse jobInfo(String jobId, String status) {
        ShowJobInfoResponse[] last = new ShowJobInfoResponse[1];
        poll(() -> {
            last[0] = client.showJobInfo(new ShowJobInfoRequest().withJobId(jobId));
            return EmulatorJson.MAPPER.createObjectNode().put("status", last[0].getStatus().getValue());
        }, job -> job.path("status").asText().equals(status), Duration.ofSeconds(5));
        return last[0];
    }

    /** The SDK models the answer as a raw string: the JSON {"job_id":"…"} the API reference shows. */
    private static String jobId(String body) {
        try {
            return EmulatorJson.MAPPER.readTree(body).path("job_id").asText();
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    private static DcsClient client() {
        return DcsClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(CREDENTIALS.accessKey()).withSk(CREDENTIALS.secretKey())
                        .withProjectId(PROJECT_ID))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
                .withEndpoints(List.of(emulator.url()))
                .build();
    }
}
