package dev.nodebatch.azure.batch;

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

/** Azure Batch compute nodes (docs/azure-batch.md). Built by {@code AzureRestClients}, which authenticates it. */
@Path("/pools/{poolId}/nodes")
public interface AzureBatchApi {

    /** The content type the Batch SDK sends. */
    String CONTENT_TYPE = "application/json; odata=minimalmetadata; charset=utf-8";

    /** Answers 202 with no body. */
    @POST
    @Path("/{nodeId}/reimage")
    @Consumes(CONTENT_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> reimage(@PathParam("poolId") String poolId, @PathParam("nodeId") String nodeId,
            @QueryParam("api-version") String apiVersion, NodeReimageRequest body);

    @GET
    @Path("/{nodeId}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> getNode(@PathParam("poolId") String poolId, @PathParam("nodeId") String nodeId,
            @QueryParam("api-version") String apiVersion, @QueryParam("$select") String select);

    /** One page of the pool's nodes; {@code skipToken} comes from the previous page's {@code odata.nextLink}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> listNodes(@PathParam("poolId") String poolId, @QueryParam("api-version") String apiVersion,
            @QueryParam("$select") String select, @QueryParam("maxresults") Integer maxResults,
            @QueryParam("$skiptoken") String skipToken);
}
