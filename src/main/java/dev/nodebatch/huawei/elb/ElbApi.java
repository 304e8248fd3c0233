package dev.nodebatch.huawei.elb;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Huawei ELB v3 backend members (providers.md §1.3). Built by {@code HuaweiRestClients}, which signs it. */
@Path("/v3/{projectId}/elb/pools/{poolId}/members")
public interface ElbApi {

    @POST
    @Path("/batch-update")
    @Consumes("application/json;charset=UTF-8")
    @Produces(MediaType.APPLICATION_JSON)
    Response batchUpdateMembers(@PathParam("projectId") String projectId, @PathParam("poolId") String poolId,
            BatchUpdateMembersRequest body);
}
