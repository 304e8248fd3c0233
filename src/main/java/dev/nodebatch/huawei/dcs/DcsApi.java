package dev.nodebatch.huawei.dcs;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

/** Huawei DCS v2, the calls around node start/stop (docs/huawei-dcs.md). Built by {@code HuaweiRestClients}, which signs it. */
@Path("/v2/{projectId}")
public interface DcsApi {

    /** Answers {@code {"job_id"}} or the plain text {@code job_id:<id>}. */
    @PUT
    @Path("/instances/{instanceId}/nodes/status")
    @Consumes("application/json;charset=UTF-8")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    Uni<Response> changeNodesStatus(@PathParam("projectId") String projectId,
            @PathParam("instanceId") String instanceId, NodeStatusChangeRequest body);

    @GET
    @Path("/instances/{instanceId}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> showInstance(@PathParam("projectId") String projectId, @PathParam("instanceId") String instanceId);

    /** @param beginTime UTC {@code yyyyMMddHHmmss} */
    @GET
    @Path("/instances/{instanceId}/backups")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> listBackupRecords(@PathParam("projectId") String projectId,
            @PathParam("instanceId") String instanceId, @QueryParam("begin_time") String beginTime,
            @QueryParam("offset") int offset, @QueryParam("limit") int limit);

    /** @param startTime UTC {@code yyyyMMddHHmmss} */
    @GET
    @Path("/instances/{instanceId}/tasks")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> listBackgroundTasks(@PathParam("projectId") String projectId,
            @PathParam("instanceId") String instanceId, @QueryParam("start_time") String startTime,
            @QueryParam("offset") int offset, @QueryParam("limit") int limit);

    @GET
    @Path("/jobs/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> showJob(@PathParam("projectId") String projectId, @PathParam("jobId") String jobId);
}
