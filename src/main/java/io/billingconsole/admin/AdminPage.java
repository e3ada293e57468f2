package io.billingconsole.admin;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.clock.TestClock;
import io.billingconsole.jobs.DailySweeps;
import io.billingconsole.jobs.JobLog;
import io.billingconsole.jobs.JobRun;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The back office: test clock (operators), product rules, customer accounts. */
@Path("/admin")
@RolesAllowed({Role.FINANCE_NAME, Role.OPERATOR_NAME})
@Produces(MediaType.TEXT_HTML)
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(boolean clockEnabled, List<ProductRule> rules, PageOf<Account> accounts,
                                             List<JobView> jobs, String savedRule);
    }

    /** A sweep with its latest runs, newest first. */
    public record JobView(String name, List<JobRun> runs) {
    }

    @Inject
    TestClock testClock;

    @Inject
    AccountService accountService;

    @Inject
    DailySweeps sweeps;

    @Inject
    JobLog jobLog;

    @Inject
    ProductCatalog catalog;

    @Inject
    ZoneId zone;

    @Inject
    io.billingconsole.web.RequestLocale locale;

    @GET
    public TemplateInstance index(@QueryParam("page") String page, @QueryParam("saved") String saved) {
        int number = PageOf.page(Params.optionalInt(page));
        PageOf<Account> accounts = accountService.accounts(number, 20);
        List<JobView> jobs = sweeps.names().stream().map(name -> new JobView(name, jobLog.latest(name, 5))).toList();
        ProductRule savedRule = saved == null ? null : catalog.byType().get(saved);
        return Templates.index(testClock.enabled(), catalog.all(), accounts, jobs,
                savedRule == null ? null : savedRule.name(locale.get()));
    }

    @POST
    @Path("clock")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveClock(@FormParam("now") String now) {
        String typed = Params.text(now, "now", 64);
        LocalDateTime moment;
        try {
            moment = LocalDateTime.parse(typed == null ? "" : typed.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonError.INVALID_INPUT, String.valueOf(typed));
        }
        Params.requireYear(moment.getYear(), typed);
        testClock.moveTo(moment.atZone(zone).toInstant());
        return Response.seeOther(URI.create("/admin")).build();
    }

    @POST
    @Path("jobs/{name}/run")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response runJob(@PathParam("name") String name) {
        sweeps.runNow(name);
        return Response.seeOther(URI.create("/admin#jobs")).build();
    }

    @POST
    @Path("clock/reset")
    @RolesAllowed(Role.OPERATOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetClock() {
        testClock.reset();
        return Response.seeOther(URI.create("/admin")).build();
    }
}
