package io.billingconsole.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows in {@code /q/health/ready} where read-only work goes ({@link ReadReplica}) and the replica's replay
 * lag. Always UP: a replica that is down only sends the reads to the primary.
 */
@Readiness
@ApplicationScoped
public class ReadReplicaHealth implements HealthCheck {

    @Inject
    ReadReplica replica;

    @Override
    public HealthCheckResponse call() {
        ReadReplica.Status status = replica.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("read replica").up()
                .withData("enabled", replica.enabled())
                .withData("reads go to", status.target())
                .withData("in recovery", status.inRecovery());
        if (status.replayLagMillis() != null) {
            response.withData("replay lag ms", status.replayLagMillis());
        }
        if (status.problem() != null) {
            response.withData("problem", status.problem());
        }
        return response.build();
    }
}
