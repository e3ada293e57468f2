package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.jobs.JobLog;
import io.billingconsole.jobs.JobRun;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.billingconsole.support.ConsoleBrowser.dateTime;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 后台管理 › 定时任务: each sweep's last runs (start, end, counts, failures) and "run now", for operators only. */
@QuarkusTest
class JobsPageTest {

    private static final Map<String, String> JOBS = Map.of(
            "RESOURCE_LIFECYCLE", "到期与释放",
            "ORDER_VOIDING", "未支付订单作废",
            "AUTO_RENEW", "自动续费扣款",
            "EXPIRY_NOTICES", "到期提醒",
            "MONTHLY_BILLING", "按量月结出账",
            "PAYG_OVERDUE", "欠费停机与释放",
            "AUTO_RENEW_FUNDS_WARNING", "自动续费余额预警",
            "DATA_LOSS_NOTICES", "数据删除预警");
    private static final Pattern RUN_ROW = Pattern.compile("(?s)<tr data-job=\"([A-Z_]+)\" data-run=\"(\\d+)\">(.*?)</tr>");

    @Inject
    Fixtures fixtures;

    @Inject
    JobLog jobLog;

    @Inject
    ZoneId zone;

    @Test
    void operatorsSeeTheFourJobsAndRunOneNow() {
        Customer customer = fixtures.customer("0");
        CloudResource lapsed = fixtures.resource(customer, "ECS", -3);
        fixtures.storedStatus(lapsed, ResourceStatus.RUNNING);      // expired; the lifecycle job has not run yet
        ConsoleSession session = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);

        String before = page(session, "/admin");
        JOBS.forEach((job, label) -> {
            assertTrue(before.contains("data-job=\"" + job + "\""), job);
            assertTrue(before.contains("<strong>" + label + "</strong>"), label);
            assertTrue(before.contains("action=\"/admin/jobs/" + job + "/run\""), "run now: " + job);
        });
        long previous = newestRun(before, "RESOURCE_LIFECYCLE");

        Response ran = session.post("/admin/jobs/RESOURCE_LIFECYCLE/run", Map.of());
        assertEquals(303, ran.statusCode());
        assertTrue(ran.header("Location").endsWith("/admin#jobs"), ran.header("Location"));

        String after = page(session, "/admin");
        long newest = newestRun(after, "RESOURCE_LIFECYCLE");
        assertTrue(newest > previous, "a newer run is listed first");
        JobRun run = jobLog.latest("RESOURCE_LIFECYCLE", 5).stream().filter(r -> r.id == newest).findFirst().orElseThrow();
        String row = runRow(after, newest);
        // the business date of a run now is the day it started (read from the run, not from the clock again:
        // the test's own reading could fall on the next day)
        assertEquals(LocalDate.ofInstant(run.startedAt, zone), run.businessDate);
        assertTrue(row.contains("<td>" + run.businessDate + "</td>"), "business date: " + row);
        assertTrue(row.contains("<td>" + dateTime(run.startedAt) + "</td><td>" + dateTime(run.endedAt) + "</td>"), row);
        assertTrue(row.contains("<td class=\"num\">" + run.processed + "</td><td class=\"num\">" + run.changed
                + "</td><td class=\"num\">" + run.failed), "counts: " + row);
        Api.as(customer).get("/api/v1/resources/" + lapsed.id).then().body("status", equalTo("EXPIRED"));

        Response unknown = session.post("/admin/jobs/NO_SUCH_JOB/run", Map.of());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.asString().contains("没有名为 NO_SUCH_JOB 的任务"));
    }

    @Test
    void financeSeesTheRunsButCannotRunAJob() {
        ConsoleSession operator = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        assertEquals(303, operator.post("/admin/jobs/ORDER_VOIDING/run", Map.of()).statusCode());
        long voidingRun = jobLog.latest("ORDER_VOIDING", 1).get(0).id;
        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);

        String page = page(finance, "/admin");
        JOBS.forEach((job, label) -> assertTrue(page.contains("data-job=\"" + job + "\""), job));
        assertTrue(newestRun(page, "ORDER_VOIDING") >= voidingRun, "finance sees the runs");
        assertFalse(page.contains("action=\"/admin/jobs/"), "no run-now form for finance");

        List<Long> runsBefore = runIds("EXPIRY_NOTICES");
        assertEquals(403, finance.post("/admin/jobs/EXPIRY_NOTICES/run", Map.of()).statusCode());
        assertEquals(runsBefore, runIds("EXPIRY_NOTICES"), "nothing ran");
    }

    @Test
    void customersCannotSeeOrRunJobs() {
        Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        List<Long> runsBefore = runIds("EXPIRY_NOTICES");

        assertEquals(403, session.get("/admin").statusCode());
        assertEquals(403, session.post("/admin/jobs/EXPIRY_NOTICES/run", Map.of()).statusCode());
        assertEquals(runsBefore, runIds("EXPIRY_NOTICES"));
    }

    /** The id of the job's newest run on the page (its first row), or 0 when it never ran. */
    private static long newestRun(String html, String job) {
        Matcher matcher = RUN_ROW.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).equals(job)) {
                return Long.parseLong(matcher.group(2));
            }
        }
        return 0;
    }

    private static String runRow(String html, long runId) {
        Matcher matcher = RUN_ROW.matcher(html);
        while (matcher.find()) {
            if (Long.parseLong(matcher.group(2)) == runId) {
                return matcher.group(3).replaceAll(">\\s+<", "><");
            }
        }
        throw new AssertionError("no row for run " + runId);
    }

    private List<Long> runIds(String job) {
        return jobLog.latest(job, 5).stream().map(r -> r.id).toList();
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }
}
