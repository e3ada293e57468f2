package io.billingconsole.admin;

import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditEntry;
import io.billingconsole.account.Role;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The audit log for operators, newest first. */
@Path("/api/v1/admin/audit")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AuditApi {

    public record AuditJson(long id, OffsetDateTime at, String actor, String action, Long targetUserId, String target,
                            String details) {
    }

    @Inject
    Audit audit;

    @Inject
    ZoneId zone;

    /** {@code limit} 1-500, default 50. */
    @GET
    public List<AuditJson> recent(@QueryParam("limit") String limit) {
        Integer asked = Params.optionalInt(limit);
        int size = asked == null ? 50 : Math.max(1, Math.min(500, asked));
        return audit.recent(size).stream().map(this::json).toList();
    }

    private AuditJson json(AuditEntry e) {
        return new AuditJson(e.id, e.at.atZone(zone).toOffsetDateTime(), e.actor, e.action.name(), e.targetUserId,
                e.target, e.details);
    }
}
