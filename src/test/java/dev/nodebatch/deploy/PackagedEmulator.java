package dev.nodebatch.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorSettings;
import dev.nodebatch.emulator.ProviderEmulator;
import dev.nodebatch.emulator.azure.AzureAccess;
import io.vertx.core.Vertx;

/**
 * The provider emulator with the demo fleet, accepting the credentials a packaged application under test takes
 * from its environment (the failsafe configuration sets them), and the options that point the application at it.
 * The endpoints go on the application's command line (JAVA_OPTS): they are no secret.
 */
final class PackagedEmulator implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final ProviderEmulator emulator;
    private final String url;

    PackagedEmulator() {
        emulator = new ProviderEmulator(vertx, EmulatorSettings.withDemoFleet(Map.of(env("HUAWEICLOUD_SDK_AK"),
                env("HUAWEICLOUD_SDK_SK"))).withAzure(new AzureAccess(env("AZURE_BATCH_ACCOUNT"),
                        env("AZURE_BATCH_ACCESS_KEY"), Map.of(), AzureAccess.ENTRA_TOKEN_LIFETIME)));
        url = "http://localhost:" + emulator.start(0);
    }

    /** JVM options that point every provider endpoint of the application at the emulator. */
    String javaOptions() {
        return String.join(" ", "-Dnodebatch.huawei.endpoints.elb=" + url, "-Dnodebatch.huawei.endpoints.dcs=" + url,
                "-Dnodebatch.huawei.endpoints.gaussdb-nosql=" + url, "-Dnodebatch.huawei.endpoints.modelarts=" + url,
                "-Dnodebatch.azure.allowed-batch-urls=" + url);
    }

    JsonNode fleet() throws IOException, InterruptedException {
        HttpResponse<String> state = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/_emulator/state")).build(), HttpResponse.BodyHandlers.ofString());
        return HostedApp.JSON.readTree(state.body());
    }

    /** The weight the emulator's ELB pool now gives the member. */
    int weight(String poolId, String memberId) throws IOException, InterruptedException {
        for (JsonNode project : fleet().path("huawei").path("projects")) {
            for (JsonNode pool : project.path("elb").path("pools")) {
                if (pool.path("id").asText().equals(poolId)) {
                    for (JsonNode member : pool.path("members")) {
                        if (member.path("id").asText().equals(memberId)) {
                            return member.path("weight").asInt();
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("member " + memberId + " is not in pool " + poolId);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException("The environment variable " + name + " is not set: run this with failsafe");
        }
        return value;
    }

    @Override
    public void close() {
        emulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
