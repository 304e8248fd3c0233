package dev.nodebatch.huawei.geminidb;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

/** Huawei GaussDB NoSQL (GeminiDB) v3, the calls around batch patching (docs/huawei-geminidb.md). Signed by {@code HuaweiRestClients}. */
@Path("/v3/{projectId}")
public interface GeminiDbApi {

    /** At most 10 instances of one engine; answers 202 with one result per instance. */
    @POST
    @Path("/instances/db-upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> batchUpgradeDatabaseVersion(@PathParam("projectId") String projectId, PatchRequest body);

    @GET
    @Path("/instances")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> listInstances(@PathParam("projectId") String projectId, @QueryParam("offset") int offset,
            @QueryParam("limit") int limit);

    /**
     * @param id one job, or null
     * @param name e.g. {@code UpgradeDbVersion}, or null
     * @param startTime {@code yyyy-MM-ddTHH:mm:ss} with a zone offset such as {@code +0000}, or null
     */
    @GET
    @Path("/jobs")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> listJobs(@PathParam("projectId") String projectId, @QueryParam("id") String id,
            @QueryParam("name") String name, @QueryParam("start_time") String startTime,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);
}
