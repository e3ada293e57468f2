package io.billingconsole.jobs;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the scheduled jobs table, with the job error messages ({@code jobs:} in templates).
 * Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/jobs_en.properties}.
 */
@MessageBundle(value = "jobs", locale = "zh")
public interface JobMessages {

    @Message("任务")
    String job_name();

    @Message("{#when name}{#is 'AUTO_RENEW'}自动续费扣款{#is 'ORDER_VOIDING'}未支付订单作废{#is 'RESOURCE_LIFECYCLE'}到期与释放{#is 'EXPIRY_NOTICES'}到期提醒{#is 'MONTHLY_BILLING'}按量月结出账{#is 'PAYG_OVERDUE'}欠费停机与释放{#is 'SCHEDULED_RELEASE'}按量资源定时释放{#is 'AUTO_RENEW_FUNDS_WARNING'}自动续费余额预警{#is 'DATA_LOSS_NOTICES'}数据删除预警{#else}{name}{/when}")
    String job_label(String name);

    @Message("业务日期")
    String job_business_date();

    @Message("开始")
    String job_started();

    @Message("结束")
    String job_ended();

    @Message("处理")
    String job_processed();

    @Message("变更")
    String job_changed();

    @Message("失败")
    String job_failed();

    @Message("运行中")
    String job_running();

    @Message("尚未运行")
    String job_never_ran();

    @Message("立即运行")
    String job_run_now();

    @Message("没有名为 {name} 的任务")
    String error_unknown_job(String name);
}
