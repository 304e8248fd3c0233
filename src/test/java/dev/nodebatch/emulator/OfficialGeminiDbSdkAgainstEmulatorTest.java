package dev.nodebatch.emulator;

import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_1;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_2;
import static dev.nodebatch.emulator.DemoFleet.CASSANDRA_3;
import static dev.nodebatch.emulator.DemoFleet.MONGO_1;
import static dev.nodebatch.emulator.DemoFleet.PROJECT_ID;
import static dev.nodebatch.emulator.RunningEmulator.CREDENTIALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.gaussdbfornosql.v3.GaussDBforNoSQLClient;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.BatchUpgradeDatabaseVersionRequest;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.BatchUpgradeDatabaseVersionRequestBody;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.BatchUpgradeDatabaseVersionResponse;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.JobDetail;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.ListInstancesRequest;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.ListInstancesResponse;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.ListInstancesResult;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.ListJobsRequest;
import com.huaweicloud.sdk.gaussdbfornosql.v3.model.UpgradeResult;

/** The official Huawei GaussDB NoSQL SDK (OkHttp, its own AK/SK signer) against the emulator. */
class OfficialGeminiDbSdkAgainstEmulatorTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private final GaussDBforNoSQLClient client = client();

    @Test
    @DisplayName("the SDK's batch patch gets a job per patchable instance and a reason for the other; the job is listed")
    void batchPatchAndListTheJob() {
        BatchUpgradeDatabaseVersionResponse response = client.batchUpgradeDatabaseVersion(
                new BatchUpgradeDatabaseVersionRequest().withBody(new BatchUpgradeDatabaseVersionRequestBody()
                        .withInstanceIds(List.of(CASSANDRA_1, CASSANDRA_3))));

        assertEquals(202, response.getHttpStatusCode());
        UpgradeResult submitted = response.getUpgradeResults().get(0);
        UpgradeResult refused = response.getUpgradeResults().get(1);
        assertEquals(CASSANDRA_1, submitted.getInstanceId());
        assertNull(submitted.getErrorCode());
        assertEquals(CASSANDRA_3, refused.getInstanceId());
        assertNull(refused.getJobId());
        assertEquals("DBS.200011", refused.getErrorCode());
        assertTrue(refused.getErrorMessage().contains("no patch is available"), refused.getErrorMessage());
        JobDetail job = client.listJobs(new ListJobsRequest().withId(submitted.getJobId()).withLimit(10)).getJobs().get(0);
        assertEquals("UpgradeDbVersion", job.getName());
        assertEquals("Running", job.getStatus());
        assertEquals(CASSANDRA_1, job.getInstance().getId());
        assertEquals("geminidb-cassandra-1", job.getInstance().getName());
    }

    @Test
    @DisplayName("the SDK's listInstances filters by datastore type and shows whether a patch is available")
    void listInstances() {
        ListInstancesResponse cassandra = client.listInstances(new ListInstancesRequest().withDatastoreType("cassandra")
                .withOffset(0).withLimit(2));

        assertEquals(3, cassandra.getTotalCount());
        assertEquals(List.of(CASSANDRA_3, CASSANDRA_2),
                cassandra.getInstances().stream().map(ListInstancesResult::getId).toList());
        ListInstancesResult newest = cassandra.getInstances().get(0);
        assertEquals("normal", newest.getStatus());
        assertEquals("cassandra", newest.getDatastore().getType());
        assertEquals(Boolean.FALSE, newest.getDatastore().getPatchAvailable());
        assertEquals(Boolean.TRUE, cassandra.getInstances().get(1).getDatastore().getPatchAvailable());
    }

    @Test
    @DisplayName("more than 10 instances reach the SDK as ClientRequestException 400 DBS.200001")
    void tooManyInstances() {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> MONGO_1 + i).toList();

        ClientRequestException refused = assertThrows(ClientRequestException.class,
                () -> client.batchUpgradeDatabaseVersion(new BatchUpgradeDatabaseVersionRequest()
                        .withBody(new BatchUpgradeDatabaseVersionRequestBody().withInstanceIds(eleven))));

        assertEquals(400, refused.getHttpStatusCode());
        assertEquals("DBS.200001", refused.getErrorCode());
        assertEquals("Parameter error: at most 10 instances can be patched at once, got 11", refused.getErrorMsg());
    }

    private static GaussDBforNoSQLClient client() {
        return GaussDBforNoSQLClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(CREDENTIALS.accessKey()).withSk(CREDENTIALS.secretKey())
                        .withProjectId(PROJECT_ID))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
                .withEndpoints(List.of(emulator.url()))
                .build();
    }
}
