package io.billingconsole.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.Instant;

/**
 * The texts of staff accounts, passwords and setup links ({@code acct:} in templates). Simplified
 * Chinese is the default (in the annotations); English is in {@code messages/acct_en.properties}.
 * Also the login page and the messages of {@link AccountError}.
 */
@MessageBundle(value = "acct", locale = "zh")
public interface AccountMessages {

    @Message("修改密码")
    String nav_password();

    @Message("员工账号与操作日志")
    String nav_staff();

    @Message("演示账号仍可用公开的密码登录：{names}。正式使用前请停用这些账号或修改其密码（员工账号页面），并关闭演示数据。")
    String demo_warning(String names);

    @Message("修改密码")
    String password_title();

    @Message("当前密码")
    String password_current();

    @Message("新密码")
    String password_new();

    @Message("再次输入新密码")
    String password_confirm();

    @Message("至少 {min} 个字符，最多 {max} 字节（UTF-8，一个汉字占 3 字节）。bcrypt 只读取前 72 字节，所以更长的密码会被拒绝，而不是被悄悄截断。")
    String password_rule(Integer min, Integer max);

    @Message("保存新密码")
    String password_submit();

    @Message("密码已修改。您在其他设备或浏览器上的登录已全部退出，当前登录保持有效。")
    String password_changed();

    @Message("员工账号")
    String staff_title();

    @Message("新建员工账号")
    String staff_create();

    @Message("邮箱")
    String staff_email();

    @Message("角色")
    String staff_role();

    @Message("{#when role}{#is 'FINANCE'}财务{#is 'OPERATOR'}运营{#is 'CUSTOMER'}客户{#else}{role}{/when}")
    String staff_role_name(String role);

    @Message("初始密码（可选）")
    String staff_password_optional();

    @Message("不填密码时，系统向邮箱发送设置密码的一次性链接（24 小时内有效），由本人设置密码，您无需知道。")
    String staff_password_hint();

    @Message("创建")
    String staff_create_submit();

    @Message("员工列表")
    String staff_users();

    @Message("（您）")
    String staff_you();

    @Message("已启用")
    String staff_enabled();

    @Message("已停用")
    String staff_disabled();

    @Message("停用")
    String staff_disable();

    @Message("启用")
    String staff_enable();

    @Message("发送设置密码链接")
    String staff_send_link();

    @Message("新密码")
    String staff_new_password();

    @Message("重置密码")
    String staff_reset();

    @Message("{#when done}{#is 'created'}员工账号已创建。{#is 'disabled'}账号已停用，其登录已全部退出。{#is 'enabled'}账号已启用。{#is 'reset'}密码已重置，该用户的登录已全部退出。{#is 'link_sent'}设置密码链接已发送。{#else}完成。{/when}")
    String staff_done(String done);

    @Message("操作日志（最近 50 条）")
    String audit_title();

    @Message("操作人")
    String audit_actor();

    @Message("操作")
    String audit_action();

    @Message("对象")
    String audit_target();

    @Message("详情")
    String audit_details();

    @Message("{#when action}{#is OPERATOR_BOOTSTRAPPED}创建首个运营账号{#is CUSTOMER_CREATED}开通客户账号{#is STAFF_CREATED}创建员工账号{#is USER_DISABLED}停用账号{#is USER_ENABLED}启用账号{#is PASSWORD_RESET}重置密码{#is SETUP_LINK_SENT}发送设置密码链接{#is PASSWORD_CHANGED}修改本人密码{#is PASSWORD_SET_BY_LINK}通过链接设置密码{#is DEMO_DATA_LOADED}加载演示数据{#is LOGIN_LOCK_MAILED}登录锁定，已发邮件通知{#is RECHARGE_RECORDED}登记充值{#is ACCOUNT_UPDATED}修改实名认证或账号状态{#is MASTER_LINKED}设置主账号{#is WITHDRAWAL_FIRST_APPROVAL}提现初审通过{#is WITHDRAWAL_APPROVED}提现审批通过{#is WITHDRAWAL_REJECTED}提现审批拒绝{#is WITHDRAWAL_PAYOUT_RECORDED}登记打款结果{#is INVOICE_DEBT_OFFSET_UNDONE}撤销欠票抵扣{#is PRODUCT_RULE_EDITED}修改产品规则{#is NOTICE_SCHEDULE_EDITED}修改通知计划{/when}")
    String audit_action_label(AuditAction action);

    @Message("设置密码")
    String setup_title();

    @Message("为账号 {username} 设置登录密码。")
    String setup_for(String username);

    @Message("设置密码")
    String setup_submit();

    @Message("密码已设置，请使用新密码登录。")
    String setup_done();

    @Message("获取新的设置密码链接")
    String setup_new_title();

    @Message("链接已使用或已过期？输入用户名或邮箱，我们会向账号的邮箱发送新的链接（24 小时内有效）。")
    String setup_new_hint();

    @Message("用户名或邮箱")
    String setup_new_who();

    @Message("发送新链接")
    String setup_new_submit();

    @Message("如果该用户名或邮箱对应一个账号，新的链接已发送到其邮箱，24 小时内有效。")
    String setup_new_sent();

    @Message("设置您的登录密码 · 费用与成本中心")
    String mail_setup_subject();

    @Message("已为您开通费用与成本中心的登录账号 {username}。请通过下面的链接设置您自己的密码：")
    String mail_setup_intro(String username);

    @Message("设置密码")
    String mail_setup_action();

    @Message("链接在 {until.dateTime} 前有效（24 小时），只能使用一次。")
    String mail_setup_valid(Instant until);

    @Message("链接过期或已使用时，可在此获取新的链接：")
    String mail_setup_new_link();

    @Message("如果您不知道这个账号，请忽略此邮件。此邮件由系统自动发送，请勿回复。")
    String mail_setup_footer();

    // ---- login page and account error messages ----

    @Message("登录")
    String login_title();

    @Message("用户名")
    String login_username();

    @Message("密码")
    String login_password();

    @Message("登录")
    String login_submit();

    @Message("用户名或密码错误")
    String login_failed();

    @Message("您已退出登录")
    String logged_out();

    @Message("用户名 {username} 已被使用")
    String error_username_taken(String username);

    @Message("账户 {id} 不存在")
    String error_account_not_found(String id);

    @Message("账户余额不足，还差 ¥{missing}")
    String error_insufficient_balance(String missing);

    @Message("尝试次数过多，请在 {seconds} 秒后重试")
    String error_too_many_login_attempts(String seconds);

    @Message("密码太短：至少需要 {min} 个字符")
    String error_password_too_short(String min);

    @Message("密码太长：最多 {max} 字节（UTF-8，一个汉字占 3 字节）。bcrypt 只读取前 72 字节，更长的密码不被接受")
    String error_password_too_long(String max);

    @Message("密码不能与用户名相同")
    String error_password_is_username();

    @Message("两次输入的新密码不一致")
    String error_passwords_differ();

    @Message("当前密码不正确")
    String error_wrong_current_password();

    @Message("请填写密码，或填写邮箱以便发送设置密码的链接")
    String error_email_or_password_required();

    @Message("用户 {id} 不存在")
    String error_user_not_found(String id);

    @Message("不能停用您自己的账号")
    String error_cannot_disable_self();

    @Message("不能停用最后一个启用的运营账号")
    String error_last_operator();

    @Message("邮件发送已关闭（BILLING_MAIL_ENABLED=false），无法发送设置密码的链接；请直接设置密码")
    String error_setup_mail_unavailable();

    @Message("此链接无效")
    String error_setup_link_invalid();

    @Message("此链接已经使用过，不能再次使用")
    String error_setup_link_used();

    @Message("此链接已过期（有效期 24 小时）")
    String error_setup_link_expired();
}
