package io.billingconsole.jobs;

import io.billingconsole.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The sweeps' last runs, and "run now", for operators. */
@Path("/api/v1/admin/jobs")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class JobsApi {

    public record RunJson(long id, String job, String businessDate, OffsetDateTime startedAt, OffsetDateTime endedAt,
                          int processed, int changed, int failed, String lastError, String instance) {

        static RunJson of(JobRun run, ZoneId zone) {
            return new RunJson(run.id, run.job, run.businessDate == null ? null : run.businessDate.toString(),
                    run.startedAt.atZone(zone).toOffsetDateTime(),
                    run.endedAt == null ? null : run.endedAt.atZone(zone).toOffsetDateTime(),
                    run.processed, run.changed, run.failed, run.lastError, run.instance);
        }
    }

    public record JobJson(String name, List<RunJson> lastRuns) {
    }

    @Inject
    DailySweeps sweeps;

    @Inject
    JobLog log;

    @Inject
    ZoneId zone;

    @GET
    public List<JobJson> list() {
        return sweeps.names().stream().map(name -> new JobJson(name,
                log.latest(name, 10).stream().map(run -> RunJson.of(run, zone)).toList())).toList();
    }

    @POST
    @Path("{name}/run")
    public RunJson run(@PathParam("name") String name) {
        return RunJson.of(sweeps.runNow(name), zone);
    }
}
