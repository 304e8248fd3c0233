package dev.nodebatch.huawei.elb;

import java.util.List;

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

/** Huawei ELB v3 backend members (docs/huawei.md). Built by {@code HuaweiRestClients}, which signs it. */
@Path("/v3/{projectId}/elb/pools/{poolId}/members")
public interface ElbApi {

    @POST
    @Path("/batch-update")
    @Consumes("application/json;charset=UTF-8")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> batchUpdateMembers(@PathParam("projectId") String projectId, @PathParam("poolId") String poolId,
            BatchUpdateMembersRequest body);

    /** The members with the given ids ({@code id} is multi-valued), at most {@code limit} of them. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> listMembers(@PathParam("projectId") String projectId, @PathParam("poolId") String poolId,
            @QueryParam("id") List<String> ids, @QueryParam("limit") int limit);
}
