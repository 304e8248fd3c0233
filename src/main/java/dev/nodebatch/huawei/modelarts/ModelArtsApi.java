package dev.nodebatch.huawei.modelarts;

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

/** Huawei ModelArts pool nodes (docs/huawei-modelarts.md). Built by {@code HuaweiRestClients}, which signs it. */
@Path("/v2/{projectId}/pools/{poolName}/nodes")
public interface ModelArtsApi {

    @POST
    @Path("/batch-update")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> batchUpdatePoolNodes(@PathParam("projectId") String projectId,
            @PathParam("poolName") String poolName, BatchUpdatePoolNodesRequest body);

    /** One page of the pool's nodes; {@code continueToken} is the previous page's {@code metadata.continue}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> listPoolNodes(@PathParam("projectId") String projectId, @PathParam("poolName") String poolName,
            @QueryParam("limit") int limit, @QueryParam("continue") String continueToken);
}
