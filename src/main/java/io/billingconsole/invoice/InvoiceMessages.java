package io.billingconsole.invoice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of invoices, titles and invoice debt ({@code invoice:} in templates). Simplified Chinese
 * is the default (in the annotations); English is in {@code messages/invoice_en.properties}.
 */
@MessageBundle(value = "invoice", locale = "zh")
public interface InvoiceMessages {

    @Message("发票")
    String title();

    @Message("{#when status}{#is PENDING_REVIEW}待审核{#is ISSUED}已开具{#is REJECTED}已驳回{#is CANCELLED}已撤销{#is RETURN_REQUESTED}退票审核中{#is RETURNED}已退票{/when}")
    String status(InvoiceStatus status);

    @Message("{#when kind}{#is GENERAL_E}增值税电子普通发票{#is SPECIAL}增值税专用发票{/when}")
    String kind(InvoiceKind kind);

    @Message("{#when type}{#is PERSONAL}个人{#is ENTERPRISE}企业{/when}")
    String title_type(TitleType type);

    @Message("发票抬头")
    String titles_title();

    @Message("欠票处理")
    String debt_title();

    @Message("发票审核")
    String finance_title();

    @Message("申请开票")
    String apply_title();

    @Message("发票记录")
    String list_title();

    @Message("发票抬头")
    String field_title();

    @Message("发票类型")
    String field_kind();

    @Message("勾选可开票项目")
    String field_items();

    @Message("或输入开票金额（按最早的项目依次开票）")
    String field_amount();

    @Message("接收邮箱")
    String field_email();

    @Message("原因")
    String field_reason();

    @Message("抬头类型")
    String field_type();

    @Message("名称")
    String field_name();

    @Message("纳税人识别号（统一社会信用代码）")
    String field_tax_id();

    @Message("注册地址")
    String field_address();

    @Message("注册电话")
    String field_phone();

    @Message("开户银行")
    String field_bank();

    @Message("银行账号")
    String field_bank_account();

    @Message("提交申请")
    String action_apply();

    @Message("撤销申请")
    String action_cancel();

    @Message("下载 PDF")
    String action_download();

    @Message("申请退票")
    String action_return();

    @Message("添加抬头")
    String action_add_title();

    @Message("删除")
    String action_delete();

    @Message("开具")
    String action_issue();

    @Message("驳回")
    String action_reject();

    @Message("确认退票（红冲）")
    String action_confirm_return();

    @Message("拒绝退票")
    String action_refuse_return();

    @Message("抵扣欠票")
    String action_offset();

    @Message("撤销抵扣")
    String action_undo();

    @Message("抬头")
    String col_title();

    @Message("类型")
    String col_kind();

    @Message("金额")
    String col_amount();

    @Message("发票号码")
    String col_number();

    @Message("开票日期")
    String col_issued_on();

    @Message("项目")
    String col_item();

    @Message("支付时间")
    String col_paid_at();

    @Message("可开票金额")
    String col_invoiceable();

    @Message("订单")
    String col_order();

    @Message("退款")
    String col_refund();

    @Message("欠票金额")
    String col_debt();

    @Message("未处理")
    String col_remaining();

    @Message("原发票")
    String col_invoice();

    @Message("账号")
    String col_account();

    @Message("邮箱")
    String col_email();

    @Message("操作")
    String col_actions();

    @Message("订单 #{id}")
    String item_order(Long id);

    @Message("{month} 账单")
    String item_bill(String month);

    @Message("暂无发票")
    String none_invoices();

    @Message("暂无可开票项目（代金券支付的部分和未消费的充值不可开票）")
    String none_invoiceable();

    @Message("暂无抬头，请先添加")
    String none_titles();

    @Message("没有欠票")
    String none_debt();

    @Message("没有待处理的发票")
    String none_pending();

    @Message("本月没有抵扣")
    String none_offsets();

    @Message("您有欠票 ¥{total} 未处理：新的开票申请会先用所选项目抵扣欠票，只开具剩余部分；所选项目不足以抵扣时无法开票。")
    String debt_banner(String total);

    @Message("欠票合计 ¥{total}（冻结等额的可提现金额）")
    String debt_total(String total);

    @Message("退订已开票的订单后，已开票但未消费的部分即为欠票。处理方式有两种：")
    String debt_explain();

    @Message("用新的消费抵扣：勾选可开票项目，先抵扣最早的欠票（被抵扣的项目不再开票）。")
    String remedy_offset();

    @Message("退回原发票：申请退票，财务红冲后该发票的欠票即清除，然后可按实际消费重新申请开票。")
    String remedy_return();

    @Message("增值税专用发票仅限填写了注册地址、电话、开户银行和账号的企业抬头")
    String special_hint();

    @Message("驳回原因")
    String reject_reason_label();

    @Message("退票原因")
    String return_reason_label();

    @Message("拒绝退票原因")
    String return_refusal_label();

    @Message("{#when what}{#is 'applied'}已提交开票申请{#is 'offset_only'}所选项目已全部用于抵扣欠票，未开具新发票{#is 'cancelled'}已撤销申请{#is 'return_requested'}已提交退票申请{#is 'title_added'}已添加抬头{#is 'title_deleted'}已删除抬头{#is 'offset'}已抵扣欠票{#is 'issued'}已开具{#is 'rejected'}已驳回{#is 'returned'}已确认退票{#is 'return_refused'}已拒绝退票{#is 'undone'}已撤销抵扣{/when}")
    String done(String what);

    @Message("待处理（待审核、退票审核中）")
    String filter_open();

    @Message("全部")
    String filter_all();

    @Message("本月的欠票抵扣（可撤销误操作）")
    String offsets_title();

    @Message("已撤销")
    String offset_undone();

    @Message("发票 {number}：{status}")
    String mail_subject(String number, String status);

    @Message("您申请的发票（金额 {amount}）已开具，发票号码 {number}。电子发票可在发票页面下载。")
    String mail_intro_issued(String amount, String number);

    @Message("您申请的发票（金额 {amount}）已被驳回。")
    String mail_intro_rejected(String amount);

    @Message("发票 {number} 已退票（红冲），它所带的欠票已清除。")
    String mail_intro_returned(String number);

    @Message("发票 {number} 的退票申请未通过，发票仍然有效。")
    String mail_intro_return_refused(String number);

    @Message("查看发票")
    String mail_action();

    @Message("此邮件由系统自动发送，请勿回复。")
    String mail_footer();

    @Message("找不到发票 {id}")
    String error_invoice_not_found(String id);

    @Message("找不到发票抬头 {id}")
    String error_invoice_title_not_found(String id);

    @Message("找不到欠票抵扣 {id}")
    String error_debt_offset_not_found(String id);

    @Message("请选择抬头类型（个人或企业）")
    String error_invoice_title_type_required();

    @Message("请填写抬头名称")
    String error_invoice_title_name_required();

    @Message("纳税人识别号“{taxId}”不是有效的 18 位统一社会信用代码")
    String error_tax_id_invalid(String taxId);

    @Message("增值税专用发票仅限填写了注册地址、电话、开户银行和账号的企业抬头")
    String error_special_needs_enterprise();

    @Message("请选择发票类型")
    String error_invoice_kind_required();

    @Message("接收邮箱“{email}”无效")
    String error_invoice_email_invalid(String email);

    @Message("请勾选可开票项目，或填写开票金额（二选一）")
    String error_invoice_items_or_amount();

    @Message("{item} 没有可开票金额")
    String error_not_invoiceable(String item);

    @Message("开票金额超过可开票金额 ¥{max}")
    String error_amount_over_invoiceable(String max);

    @Message("您有欠票 ¥{debt} 未处理，所选项目（¥{covered}）不足以抵扣，暂不能开具新发票。请先到欠票处理页面 /invoices/debt 抵扣或退回原发票。")
    String error_invoice_debt_open(String debt, String covered);

    @Message("没有需要抵扣的欠票")
    String error_nothing_to_offset();

    @Message("发票申请 {id} 已不在待审核状态")
    String error_invoice_not_pending(String id);

    @Message("发票 {id} 不是已开具状态，不能退票")
    String error_invoice_not_issued(String id);

    @Message("发票 {id} 没有待处理的退票申请")
    String error_invoice_not_return_requested(String id);

    @Message("请填写原因")
    String error_invoice_reason_required();

    @Message("抵扣 {id} 已撤销")
    String error_debt_offset_already_undone(String id);

    @Message("抵扣 {id} 不是本月做的，已不能撤销")
    String error_debt_offset_month_closed(String id);

    @Message("抵扣 {id} 对应的发票已退票，欠票已清除，不能撤销")
    String error_debt_offset_debt_returned(String id);
}
